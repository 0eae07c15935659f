"""The two learned layers of triage's judgment, as `fit_judgment` fits and checks them.

- **Urgency**: a cumulative-logit (ordinal) model over the signals, class-balanced, fitted
  with L-BFGS-B so that signals of stakes and anger can only raise the score and calm ones
  only lower it, then the floors and critical's needs the definitions write down.
- **Category**: a multinomial logistic regression over the same signals, then the written
  conventions `judge_category` applies (credit-report disputes, what collectors do).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.linear_model import LogisticRegression

from onecase_triage.domain.category_judgment import CREDIT_DISPUTE_KEEPS, SECURITY_CLAIMS
from onecase_triage.domain.complaint_signals import SIGNAL_NAMES
from quality.dev_set import CATEGORIES, LEVELS

# The triage definitions' "signals that raise a level whatever the wording", and the two
# combinations they call critical. Written down, not learned.
FLOORS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("safety",), "high"),
    (("stolen",), "high"),
    (("lost_means",), "high"),
    (("unauthorised",), "high"),
    (("fraud",), "high"),
    (("hacked",), "high"),
    (("identity_theft",), "high"),
    (("money_held",), "high"),
    (("escalation_threat",), "high"),
    (("intent_to_leave",), "high"),
    (("vulnerable", "no_food_or_medicine"), "critical"),
    (("health", "no_food_or_medicine"), "critical"),
    (("repeated_contact",), "high"),
    (("waited_weeks",), "high"),
    (("locked_out", "repeated_contact"), "high"),
    (("locked_out", "still_unresolved"), "high"),
    (("health", "immediate_need"), "high"),
    (("money_taken_ongoing",), "critical"),
    (("theft_now",), "critical"),
    (("threat_with_anger",), "critical"),
)
# The situations the definitions call critical ("someone must act within the hour"): an
# ongoing safety risk, money or means being taken now, a legal threat with strong anger, no
# food or medicine. A sum of lesser signals stops at high (docs/triage-quality.md, step 20).
CRITICAL_NEEDS: tuple[str, ...] = (
    *("safety", "theft_now", "money_taken_ongoing", "threat_with_anger"),
    "no_food_or_medicine",
)
# A category is what a complaint is about, not how loudly it is said: the tone measures are
# urgency's inputs only. Fitted on them, the category layer learned accidents of the tuning
# set (one exclamation mark pulled a fee complaint from billing to `other`), and tone is
# measured differently from language to language (capitals, marks), so a translation could
# change category (docs/triage-quality.md, step 56).
TONE_MEASURES = frozenset(
    {"shouting", "some_capitals", "exclamation", "exclamation_run", "anger_1", "anger_2", "anger_3"}
)
CATEGORY_FEATURES = tuple(name for name in SIGNAL_NAMES if name not in TONE_MEASURES)


# Signs the definitions give: what is at stake or angry can only raise urgency, what is calm or
# a question can only lower it; topic and shape signals may go either way.
LOWERING = frozenset(
    {"praise", "thanks", "plain_question", "nothing_wrong", "question", "hypothetical"}
)
EITHER_WAY = frozenset(
    {
        *("credit_report", "debt_collection", "legal_citation", "staff_person", "long_text"),
        *("short_text", "money_amount"),
    }
)


def sign_bounds(names: Sequence[str]) -> list[tuple[float | None, float | None]]:
    """L-BFGS-B bounds per weight: >= 0 for raising signals, <= 0 for lowering ones."""
    return [
        (None, 0.0) if n in LOWERING else (None, None) if n in EITHER_WAY else (0.0, None)
        for n in names
    ]


def fit_ordinal(
    x: np.ndarray, y: np.ndarray, c: float, balance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and three increasing cut points of a cumulative-logit model, signs constrained.

    P(level <= k) = sigmoid(cut_k - x.w); class-balanced (to the power `balance`), L2 1/c.
    """
    counts = np.bincount(y, minlength=len(LEVELS)).astype(float)
    class_weight = (len(y) / (len(LEVELS) * np.maximum(counts, 1))) ** balance
    weight = class_weight[y]
    features, cuts = x.shape[1], len(LEVELS) - 1
    lift = np.tril(np.ones((cuts, cuts)))  # cut_k = t0 + d1 + ... + dk

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, theta = params[:features], lift @ params[features:]
        s = x @ w
        upper = np.append(theta, np.inf)[y] - s
        lower = np.insert(theta, 0, -np.inf)[y] - s
        sig_u, sig_l = expit(upper), expit(lower)
        p = np.maximum(sig_u - sig_l, 1e-12)
        d_u, d_l = sig_u * (1 - sig_u), sig_l * (1 - sig_l)
        value = -np.sum(weight * np.log(p)) + 0.5 / c * (w @ w)
        ds = weight * (d_u - d_l) / p  # d(-log p)/ds
        grad_w = x.T @ ds + w / c
        grad_theta = np.zeros(cuts)
        for k in range(cuts):
            grad_theta[k] = -np.sum(weight * ((y == k) * d_u - (y == k + 1) * d_l) / p)
        return float(value), np.concatenate([grad_w, lift.T @ grad_theta])

    start = np.concatenate([np.zeros(features), [-1.0, 1.0, 1.0]])
    bounds = [*sign_bounds(SIGNAL_NAMES[:features]), (None, None), (0.05, None), (0.05, None)]
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return result.x[:features], lift @ result.x[features:]


def predict_ordinal(
    x: np.ndarray, w: np.ndarray, thresholds: np.ndarray, floors: bool
) -> np.ndarray:
    """The level index of each row, with the written floors and critical's needs when asked."""
    levels: np.ndarray = (x @ w[:, None] > thresholds[None, :]).sum(axis=1)
    if floors:
        index = {name: i for i, name in enumerate(SIGNAL_NAMES)}
        critical = LEVELS.index("critical")
        needed = np.any([x[:, index[s]] > 0 for s in CRITICAL_NEEDS], axis=0)
        levels = np.where((levels == critical) & ~needed, critical - 1, levels)
        for signals, level in FLOORS:
            present = np.all([x[:, index[s]] > 0 for s in signals], axis=0)
            levels = np.where(present, np.maximum(levels, LEVELS.index(level)), levels)
    return levels


def fit_category(x: np.ndarray, y: np.ndarray, c: float, balance: float) -> LogisticRegression:
    """A multinomial logistic regression, classes weighted by inverse frequency ** balance."""
    counts = np.bincount(y, minlength=len(CATEGORIES))
    weights = {
        k: (len(y) / (len(CATEGORIES) * max(int(n), 1))) ** balance for k, n in enumerate(counts)
    }
    model = LogisticRegression(C=c, class_weight=weights, max_iter=5000)
    model.fit(x, y)
    return model


def with_conventions(x: np.ndarray, model: LogisticRegression) -> np.ndarray:
    """The category each row gets, after the written convention `judge_category` applies.

    A credit-report dispute with no claim of identity theft, fraud or a compromised account
    is `other`, unless the layer reads it as staff conduct; what debt collectors do (harassing
    calls, threats) is staff conduct.
    """
    index = {name: i for i, name in enumerate(CATEGORY_FEATURES)}
    predicted: np.ndarray = model.predict(x)
    claims = [index[n] for n in sorted(SECURITY_CLAIMS)]
    plain = (x[:, index["credit_report"]] > 0) & np.all(x[:, claims] == 0, axis=1)
    keeps = np.isin(predicted, [CATEGORIES.index(name) for name in CREDIT_DISPUTE_KEEPS])
    predicted[plain & ~keeps] = CATEGORIES.index("other")
    collectors = (x[:, index["debt_collection"]] > 0) & (x[:, index["staff_conduct"]] > 0)
    predicted[collectors] = CATEGORIES.index("staff_conduct")
    return predicted

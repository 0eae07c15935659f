"""What the browser desk's tests do in Chromium: open pages, sign in, check they are usable.

Also parks a message on a dead-letter topic the way a consumer does, for the redrive test.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aiokafka import AIOKafkaProducer
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from onecase_shared.events import Event
from onecase_shared.kafka.dead_letters import dead_letter_headers

LEAD_TOKEN = "dev-only-lead-token"
T = TypeVar("T")
CONTROLS = "input:not([type=hidden]), select, textarea, button"


def new_page(
    browser: Browser,
    errors: list[str],
    width: int = 1280,
    *,
    timezone_id: str | None = None,
    locale: str | None = None,
) -> Page:
    """A page in a context of its own (the viewer's zone and language) that records errors."""
    page = browser.new_page(
        viewport={"width": width, "height": 900}, timezone_id=timezone_id, locale=locale
    )

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page


def log_in(page: Page, base: str, token: str = LEAD_TOKEN) -> None:
    """Sign in on the login form and land on the inbox."""
    page.goto(f"{base}/ui/")
    page.fill("input[name=token]", token)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def assert_every_control_is_labelled(page: Page) -> None:
    """Every visible form control and button has an accessible name (a label, text or aria)."""
    controls = page.locator(CONTROLS)
    assert controls.count() > 0, "the page has controls to check"
    for index in range(controls.count()):
        control = controls.nth(index)
        if control.is_visible():
            expect(control).to_have_accessible_name(re.compile(r"\w"))


def assert_no_horizontal_scroll(page: Page) -> None:
    """Nothing on the page is wider than the viewport."""
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow} px"


# WCAG 2.2 contrast of every visible text against the background it is drawn on (the first
# opaque background up its ancestors, else the page's white): 4.5:1, or 3:1 for large text.
_LOW_CONTRAST_JS = """() => {
  const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => { for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] >= 0.99) return c; }
    return [255, 255, 255, 1]; };
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!text || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const bg = background(el); const fg = rgba(style.color);
    const mixed = fg.slice(0, 3).map((c, i) => c * fg[3] + bg[i] * (1 - fg[3]));
    const [hi, lo] = [lum(mixed), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize); const bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) failures.push(`${el.tagName.toLowerCase()} "${text.slice(0, 30)}" ${ratio.toFixed(2)}:1`);
  }
  return failures;
}"""


def assert_text_contrast(page: Page) -> None:
    """Every visible text meets WCAG 2.2 AA contrast against the background behind it."""
    failures = page.evaluate(_LOW_CONTRAST_JS)
    assert failures == [], f"{page.url}: text below WCAG AA contrast: {failures}"


def tab_until(page: Page, selector: str, limit: int = 40) -> list[str]:
    """Press Tab until `selector` has the focus; a description of each element focused.

    Each focused element must show a visible focus style (an outline at least 2 px wide).
    The page may still be filling its list: Tab starts once `selector` is shown, or it would
    run past the last control to the page itself.
    """
    seen: list[str] = []
    target = page.locator(selector).first
    target.wait_for(state="visible")
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused: dict[str, Any] = page.evaluate(
            """() => {
              const el = document.activeElement;
              const style = getComputedStyle(el);
              return {
                what: `${el.tagName.toLowerCase()}[name=${el.name || ''}]${el.className ? '.' + el.className : ''}`,
                outline: style.outlineStyle,
                width: parseFloat(style.outlineWidth),
              };
            }"""
        )
        seen.append(focused["what"])
        assert focused["outline"] != "none", f"{focused['what']} shows no focus"
        assert focused["width"] >= 2, f"{focused['what']} has a thin focus outline"
        if target.evaluate("el => el === document.activeElement"):
            return seen
    raise AssertionError(f"Tab never reached {selector}; it went through {seen}")


async def park_dead_letter(
    bootstrap: str, event: Event, *, topic: str, key: str, error: Exception, group_id: str
) -> tuple[str, int, int]:
    """Put `event` on `topic`'s DLQ as a consumer that gave up on it would; (dlq, part, offset)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        headers = dead_letter_headers(
            reason="handler_failed",
            error=error,
            topic=topic,
            partition=0,
            offset=0,
            group_id=group_id,
        )
        sent = await producer.send_and_wait(
            f"{topic}.dlq",
            event.model_dump_json().encode(),
            key=key.encode(),
            headers=[(name, value.encode()) for name, value in headers.items()],
        )
    finally:
        await producer.stop()
    return sent.topic, sent.partition, sent.offset


def run_beside_playwright(work: Coroutine[Any, Any, T]) -> T:
    """Run `work` to its end on a loop of its own: Playwright's sync API holds this thread's."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, work).result()

# Onecase: `make run` for the live demo, `make test` for the whole suite. See README.md.
SHELL := /bin/bash
UV := $(shell scripts/ensure-tools.sh)
# Trust the machine's CA store (corporate proxies, private mirrors), not only uv's built-in roots.
export UV_SYSTEM_CERTS ?= true

.PHONY: help install run test unit cluster-test up down bench lint conformance quality restatements replay asyncapi deploy-check redrive check-config

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

install:  ## the Python workspace from uv.lock (Java and Maven are checked too)
	$(UV) sync --frozen

run: install  ## everything up locally, a live demo, Ctrl-C stops it all
	$(UV) run --frozen onecase run

test: install  ## the whole suite, integration tests on real Kafka and a MongoDB-wire server
	$(UV) run --frozen pytest

unit: install  ## fast feedback while editing: no servers
	$(UV) run --frozen pytest -m "not integration"

cluster-test: install  ## 3 Kafka brokers on SASL_SSL, one killed mid-flow (not in `make test`: minutes)
	$(UV) run --frozen pytest --cluster tests/cluster

up: install  ## infrastructure and services in the background (state in .run/)
	$(UV) run --frozen onecase up

down:  ## stop everything `make up` or `make run` started
	$(UV) run --frozen onecase down

bench: install  ## performance figures (docs/benchmarks.md)
	$(UV) run --frozen python bench/run_all.py

conformance: install  ## real emails and provider payloads from ../shared/corpus (docs/conformance.md)
	$(UV) run --frozen python -m conformance ../shared/corpus

quality: install  ## triage's judgment on the held-out part of the labelled set (docs/triage-quality.md)
	$(UV) run --frozen python -m quality ../shared/corpus

restatements: install  ## how acknowledgments restate 60 real complaints, against a person's judgments (quality/restatements.py)
	$(UV) run --frozen python -m quality.restatements ../shared/corpus

replay: install  ## normalize raw deliveries again: make replay ARGS="--all" (or --delivery-id ID, --since T)
	$(UV) run --frozen onecase replay $(ARGS)

asyncapi: install  ## regenerate docs/asyncapi.json from the event models
	$(UV) run --frozen python -m onecase_shared.asyncapi > docs/asyncapi.json

lint: install  ## ruff and mypy --strict, as CI runs them
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy shared/src services/intake/src services/triage/src services/notify/src deploy/local/src cli/src tests bench conformance quality

redrive: install  ## republish a DLQ to its source: make redrive ARGS="onecase.cases.v1.dlq --dry-run"
	$(UV) run --frozen onecase redrive $(ARGS)

check-config: install  ## load every service's settings from this environment and report problems
	$(UV) run --frozen onecase check-config

deploy-check:  ## helm lint + template on deploy/helm/onecase, promtool on the alert rules (docs/operations.md)
	@tools="$$(scripts/ensure-deploy-tools.sh)" && set -x && \
	"$$tools/helm" lint deploy/helm/onecase --strict --kube-version 1.30.0 && \
	"$$tools/helm" lint deploy/helm/onecase --strict --kube-version 1.30.0 \
		--set keda.enabled=true --set serviceMonitor.enabled=true --set services.normalizer.enabled=true && \
	"$$tools/helm" template onecase deploy/helm/onecase --kube-version 1.30.0 > /dev/null && \
	"$$tools/helm" template onecase deploy/helm/onecase --kube-version 1.30.0 \
		--set keda.enabled=true --set serviceMonitor.enabled=true --set services.normalizer.enabled=true \
		--set secret.create=false --set secret.existingSecret=onecase-from-vault > /dev/null && \
	"$$tools/promtool" check rules deploy/prometheus/onecase-alerts.yml && \
	(cd deploy/prometheus && "$$tools/promtool" test rules onecase-alerts.test.yml)

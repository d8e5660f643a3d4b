# The two commands a newcomer needs (see README.md). Everything else lives in scripts/.
.PHONY: serve test build bench

# Install what is missing, then serve the widget with the default dataset on http://127.0.0.1:8080
serve:
	scripts/setup.sh serve
	PATH="$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$$PATH" trunk serve --offline

# Install what is missing, then run every check and test.
test:
	scripts/setup.sh test
	scripts/test.sh

# A release build into dist/.
build:
	scripts/setup.sh serve
	PATH="$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$$PATH" trunk build --release --offline

# The browser benchmarks (docs/benchmarks.md): a release build, then transfer size, first chart, filter → paint.
bench: build
	node tests/bench/bench.mjs

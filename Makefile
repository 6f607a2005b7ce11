# metalab: `make serve` runs the lab, `make test` runs every test. Both install what they need
# (scripts/setup.sh: wasm target, wasm-bindgen-cli, Chromium + chromedriver, node_modules).
#
#   make test        setup, lint (fmt + clippy native and wasm), native tests, wasm tests (node and
#                    headless Chromium), pkg/, node tests of pkg/, the page + Worker runner in
#                    Chromium. Runs every suite even when one
#                    fails, prints a summary, and fails if any failed.
#   make pkg         the npm package pkg/ (scripts/build-pkg.sh)
#   make www         the UI: yew wasm + CodeMirror bundle in target/www/ (scripts/build-www.sh)
#   make dist        static site in dist/ (index.html + editor.js + ui/ + runner/ + pkg/, and the
#                    embeds: metalab-embed.js, embed.html, embed/, demo.html, lessons/), its
#                    scripts minified
#   make serve       dist/ at http://127.0.0.1:8080
#   make bench       benches/run.py: metalab vs CPython 3.11
#   make bench-wasm  benches/wasm.mjs: native vs wasm in headless Chromium and in node (BENCH_ARGS=--repeat 7)
#
# One target dir (target/) for everything; the size-tuned wasm is built once (profile `wasm`) and
# shared by pkg/, dist/, the node tests and the wasm tests.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
MAKEFLAGS += --no-print-directory

WASM_TARGET := --target wasm32-unknown-unknown --no-default-features --features wasm
# The wasm tests use the shipped profile, so they check the stack and code that users get (and
# reuse the library build of `make pkg`).
WASM_TEST := cargo test --profile wasm $(WASM_TARGET) --no-fail-fast --test wasm_node --test wasm_browser
NODE_TESTS := tests/node/pkg.test.mjs tests/node/programs.test.mjs tests/node/grade.test.mjs
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: expectations test setup lint fmt clippy test-native test-wasm test-node test-browser pkg www dist serve bench bench-wasm bench-page clean

test: setup
	@scripts/run-suites.sh fmt clippy expectations test-native test-wasm pkg test-node test-browser

setup:
	@scripts/setup.sh all

lint: fmt clippy

# Proves every expected output in tests/ is what CPython 3.11 prints today.
expectations:
	python3 tests/gen_expected.py --check
	python3 tests/parser_errors.py --check

fmt:
	cargo fmt --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p metalab-www --all-targets -- -D warnings
	cargo clippy -p metalab-www --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p metalab-www --target wasm32-unknown-unknown --no-default-features -- -D warnings
	cargo clippy $(WASM_TARGET) --lib --test wasm_node --test wasm_browser -- -D warnings
	cargo clippy $(WASM_TARGET),jspi --lib -- -D warnings

# Release: the interpreter's own tests (deep recursion, step budgets) are meant for optimized code.
test-native:
	cargo test --release --no-fail-fast
	cargo test -p metalab-www

# node gets the engine stack a node user can give it (as in test-node): once V8's optimizing tier
# has compiled the interpreter, node 20's frames are about 3x Liftoff's (each `memory.copy` site
# gets its own stack slot), and `exec` of 200 nested brackets 900 Python calls deep no longer
# fits its default ~1 MB. Chromium runs the same tests at its own default stack.
test-wasm:
	NODE_ARGS=--stack-size=4000 $(WASM_TEST)

test-node: pkg
	# node's default V8 stack (~1 MB) is a browser-like limit; the interpreter's native recursion
	# reaches depth 1000 on the common call paths within it, but not on all (see README), so
	# node gets the stack a node user can give it.
	node --stack-size=4000 --test $(NODE_TESTS)

# The page (yew UI, editor, Worker runner) in headless Chromium (playwright-core), served from dist/.
# Screenshots go to test-output/.
test-browser: dist
	node --test tests/browser/runner.test.mjs tests/browser/ui.test.mjs tests/browser/embed.test.mjs
	JS_FLAGS=--no-liftoff node --test tests/browser/runner.test.mjs

# pkg/ is rebuilt only when an input changed (build-pkg.sh writes pkg/package.json last), so the
# suites that need it (test-node, test-browser, dist) share one build.
PKG_INPUTS := $(shell find src pkg-template -type f) Cargo.toml Cargo.lock .cargo/config.toml scripts/build-pkg.sh
pkg: pkg/package.json
pkg/package.json: $(PKG_INPUTS)
	@scripts/setup.sh rust wasm npm
	scripts/build-pkg.sh pkg

# The UI (yew wasm + CodeMirror bundle) is rebuilt only when an input changed; build-www.sh
# writes target/www/editor.js last.
WWW_INPUTS := $(shell find www/src www/js www/lessons www/embed -type f) www/Cargo.toml www/build.rs $(PKG_INPUTS) package-lock.json scripts/build-www.sh
www: target/www/editor.js
target/www/editor.js: $(WWW_INPUTS)
	@scripts/setup.sh rust wasm npm
	scripts/build-www.sh target/www

dist: pkg www
	rm -rf dist
	mkdir -p dist/pkg dist/runner dist/ui
	cp index.html target/www/editor.js www/js/editor-loader.js dist/
	cp target/www/ui/metalab_www.js target/www/ui/metalab_www_bg.wasm dist/ui/
	cp www/runner/*.js dist/runner/
	mkdir -p dist/embed dist/lessons
	cp www/embed/metalab-embed.js www/embed/embed.html www/embed/demo.html dist/
	cp www/embed/frame.js www/embed/frame.css www/embed/style.js www/embed/demo.css target/www/embed/* dist/embed/
	cp www/lessons/*.py dist/lessons/
	cp pkg/metalab.js pkg/metalab_stack.js pkg/metalab_bg.wasm pkg/index.js pkg/package.json dist/pkg/
	# Every script is an ES module: minified in place (editor.js already is), 18 -> 11 KB gzipped
	# for the page's glue and runner.
	node_modules/.bin/esbuild $$(cd dist && find . -name '*.js' ! -name editor.js | sed 's|^\./|dist/|') \
		--minify --format=esm --log-level=warning --outbase=dist --outdir=dist --allow-overwrite
	@echo "dist/: $$(du -sh dist | cut -f1)"

serve: dist
	@echo "metalab: http://127.0.0.1:8080/"
	python3 -m http.server 8080 --bind 127.0.0.1 --directory dist

# The lab page: payload (gzip) and navigation to the first trace drawn, in headless Chromium.
bench-page: dist
	node benches/page.mjs --repeat 5

bench:
	cargo build --release
	python3 benches/run.py

# The same programs natively and through pkg/ (wasm) in headless Chromium and node, in one run.
BENCH_ARGS ?=
bench-wasm: pkg
	@scripts/setup.sh chromium
	cargo build --release
	node benches/wasm.mjs $(BENCH_ARGS)

clean:
	rm -rf pkg dist test-output
	cargo clean

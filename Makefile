# metalab: `make serve` runs the lab, `make test` runs every test. Both install what they need.
.PHONY: test test-native serve lint expectations-check

test: lint test-native expectations-check

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test --release

expectations-check:
	python3 tests/gen_expected.py --check

# The two commands of the README: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench dist dist-windows translations screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/g4b-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

translations: $(STAMP)
	$(PY) tools/translations.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

# The Linux program: dist/g4b-desktop/ and a .tar.gz (PyInstaller is installed into the venv if missing).
dist: $(STAMP)
	VENV=$(VENV) bash installer/build_linux.sh

# The Windows installer, built here on Linux: dist/Go4Brussels-Desktop-<version>-setup.exe (NSIS;
# installs nsis with apt-get when root and missing; downloads cached in ~/.cache/g4b-dist-windows).
dist-windows: $(STAMP)
	$(PY) installer/build_windows.py

clean:
	rm -rf $(VENV) build dist *.egg-info

"""Where the repository keeps things: the folders and the fixed file names the pipeline reads and writes."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"  # specs/<provider>/: pages, manifest, overlay, generator config
GENERATED_DIR = ROOT / "generated"  # generated/<provider>/: written only by `python -m codegen generate`

SPEC_FILE = "openapi.yaml"  # generated/<provider>/openapi.yaml: the provider's normalized document
LOCK_FILE = "generation.lock.json"  # generated/<provider>/generation.lock.json: what it was made from

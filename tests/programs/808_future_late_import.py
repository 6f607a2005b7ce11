#!/usr/bin/env python3
"""A future import must come first: after the docstring and comments only."""
import sys
from __future__ import annotations

print("never runs", sys)

"""Running the whole service on one machine: `kommunvakt serve` and its helpers."""

"""Transbank "POS Integrado": the wire format, the driver, and the simulated terminal."""

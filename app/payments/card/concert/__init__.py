"""Ingenico Telium "Concert" (E+): the wire format (protocol.py), the register's driver
(driver.py) and a simulated terminal (sim_*.py, simulator.py)."""

"""Card terminals on a serial line: the one driver interface (base.py), the ports (ports.py),
the drivers installed as plug-ins (drivers.py, entry points `guadan.terminal_drivers`), the
store's terminal as the workflow sees it (store_terminal.py), and one package per protocol,
each with its simulator (integrado/: Transbank POS Integrado; concert/: Ingenico Telium)."""

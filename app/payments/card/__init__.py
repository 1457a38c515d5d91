"""Card terminals on a serial line: the one driver interface (base.py), the ports (ports.py),
the store's terminal as the workflow sees it (store_terminal.py), and one package per
protocol, each with its simulator (integrado/)."""

"""guadan: suspended-order (挂单) cancellation for Chinese retail counters. No Qt here, ever."""

__version__ = "0.1.0"
APP_NAME = "guadan"

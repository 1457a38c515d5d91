"""Dialogs of the main window: sign-in, first run, lock screen, import, settings, users."""

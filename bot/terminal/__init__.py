"""The terminal: the command line, the REPL, rendering and the user's settings. It may
import from `bot.authoring` and `bot.core`; nothing imports it back.
"""

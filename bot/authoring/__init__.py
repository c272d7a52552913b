"""Authoring: turning an article into a knowledge base and measuring it (check, ingest,
eval, misses). It imports from `bot.core` only, never from `bot.terminal`.
"""

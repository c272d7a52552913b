"""The core: reading a question, the knowledge base, matching and the conversation.

No terminal and no file written here but the cache. It imports nothing from
`bot.authoring` or `bot.terminal`.
"""

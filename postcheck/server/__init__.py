"""The HTTP face of the checker: a FastAPI app, its web page and the ``serve`` command.

FastAPI and uvicorn are optional (``pip install postcheck[server]``); nothing
here is imported by the rest of the tool.
"""

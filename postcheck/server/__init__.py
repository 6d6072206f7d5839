"""The HTTP face of the checker: a FastAPI app, its web page and the ``serve`` command.

FastAPI and uvicorn are dependencies of postcheck, imported only when the
server runs; nothing here is imported by the rest of the tool.
"""

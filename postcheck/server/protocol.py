"""uvicorn's HTTP/1.1 protocol, with its own 400 (a request it cannot parse) in the API's JSON shape.

A request h11 cannot parse (a negative Content-Length, a malformed request
line) never reaches the application; uvicorn answers it in plain text. This
subclass answers it as every other error: ``{"error": {"code", "message"}}``.
"""
from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

BODY = json.dumps({"error": {"code": "bad_request",
                             "message": "the request is not valid HTTP (check its Content-Length and headers)"}}).encode()


class JsonErrorH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=BODY),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()

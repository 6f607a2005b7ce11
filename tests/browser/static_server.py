"""The browser tests' static server: python's http.server (which serves .wasm as application/wasm)
plus `Access-Control-Allow-Origin: *`, so a page on another origin (localhost vs 127.0.0.1) can
load metalab's modules and wasm the way a course page on another host does.

Usage: python3 -u static_server.py DIR  (prints "... port N ..." once listening)"""

import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    http.server.test(HandlerClass=functools.partial(Handler, directory=sys.argv[1]), port=0, bind="127.0.0.1")

"""The io module provides the Python interfaces to stream handling."""
# metalab's own text of io.StringIO (CPython writes it in C, Modules/_io/stringio.c), with
# its behaviour and messages: an in-memory text file, what contextlib.redirect_stdout and
# print(file=...) write into. Run as library code (runtime::io_module).

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _size(size):
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class _IOBase:
    """The abstract base class for all I/O classes."""

    __module__ = "_io"
    _closed = False

    def _check_open(self, end="."):
        # io's base class says it with a full stop, StringIO's own methods without.
        if self._closed:
            raise ValueError("I/O operation on closed file" + end)

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def readlines(self, hint=-1):
        self._check_open()
        hint = _size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    __module__ = "_io"


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ""
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translated(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def write(self, s):
        self._check_open("")
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translated(s)
        if self._pos > len(self._buf):
            self._buf += "\0" * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def getvalue(self):
        self._check_open("")
        return self._buf

    def read(self, size=-1):
        self._check_open("")
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, start):
        # Where the line starting at `start` ends (past its terminator), or the end.
        buf = self._buf
        if self._newline == "":
            for i in range(start, len(buf)):
                if buf[i] == "\n":
                    return i + 1
                if buf[i] == "\r":
                    return i + 2 if buf[i + 1:i + 2] == "\n" else i + 1
            return len(buf)
        term = "\n" if self._newline is None else self._newline
        i = buf.find(term, start)
        return len(buf) if i < 0 else i + len(term)

    def readline(self, size=-1):
        self._check_open("")
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def __next__(self):
        self._check_open("")
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_open("")
        pos = _size(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open("")
        return self._pos

    def truncate(self, pos=None):
        self._check_open("")
        pos = self._pos if pos is None else _size(pos)
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        self._buf = self._buf[:pos]
        return pos

    @property
    def line_buffering(self):
        self._check_open("")
        return False

    def readable(self):
        self._check_open("")
        return True

    def writable(self):
        self._check_open("")
        return True

    def seekable(self):
        self._check_open("")
        return True

    def flush(self):
        pass

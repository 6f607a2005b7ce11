"""The io module provides the Python interfaces to stream handling."""
# metalab's own text of io.StringIO and of open()'s text files (CPython writes them in C,
# Modules/_io), with their behaviour and messages. Run as library code (runtime::py_modules).
# Files live in memory for the run: a run starts with no files, and what it writes it can
# read back, as a program run in an empty directory would.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"

# The run's files: name -> text.
_files = {}


def _line_end(buf, start, newline):
    # Where the line starting at `start` ends (past its terminator), or the end.
    if newline == "":
        for i in range(start, len(buf)):
            if buf[i] == "\n":
                return i + 1
            if buf[i] == "\r":
                return i + 2 if buf[i + 1:i + 2] == "\n" else i + 1
        return len(buf)
    term = "\n" if newline is None else newline
    i = buf.find(term, start)
    return len(buf) if i < 0 else i + len(term)


def _utf8_len(text):
    return sum(1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4 for c in text)


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

    def readline(self, size=-1):
        self._check_open("")
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = _line_end(self._buf, start, self._newline)
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


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    __module__ = "_io"

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("metalab's text files come from open(), which makes them in memory")

    def _setup(self, name, mode, encoding, newline, text, readable, writable, append):
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.errors = "strict"
        self._newline = newline
        self._buf = text
        self._pos = len(text) if append else 0
        self._readable = readable
        self._writable = writable
        self._append = append
        self._dirty = False

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        size = _size(size)
        start = self._pos
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = end
        return self._translated(self._buf[start:end])

    def _translated(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def readline(self, size=-1):
        self._check_readable()
        size = _size(size)
        start = self._pos
        end = _line_end(self._buf, start, "" if self._newline is None else self._newline)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._translated(self._buf[start:end])

    def __next__(self):
        self._check_readable()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        if self._append:
            self._pos = len(self._buf)
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        self._dirty = True
        return n

    def tell(self):
        self._check_open()
        return _utf8_len(self._buf[:self._pos])

    def seek(self, cookie, whence=0):
        self._check_open()
        cookie = _size(cookie)
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence not in (0, 1, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        if whence == 2:
            self._pos = len(self._buf)
        elif whence == 0:
            # The cookie is a byte offset: back to the character it falls on.
            pos = 0
            while pos < len(self._buf) and _utf8_len(self._buf[:pos + 1]) <= cookie:
                pos += 1
            self._pos = pos
        return self.tell()

    def truncate(self, pos=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        pos = self._pos if pos is None else _size(pos)
        self._buf = self._buf[:pos]
        self._dirty = True
        return pos

    def flush(self):
        self._check_open()
        if self._dirty:
            _files[self.name] = self._buf
            self._dirty = False

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __del__(self):
        self.close()


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        if isinstance(file, int):
            raise NotImplementedError("metalab's files have no descriptors: open() takes a file name")
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if set(mode) - set("axrwb+t") or len(set(mode)) != len(mode):
        raise ValueError(f"invalid mode: {mode!r}")
    kinds = [c for c in "xrwa" if c in mode]
    if "t" in mode and "b" in mode:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if "b" in mode:
        raise NotImplementedError("metalab does not model bytes: open() works in text mode")
    kind = kinds[0]
    if file == "" or (kind == "r" and file not in _files):
        raise FileNotFoundError(2, "No such file or directory", file)
    if kind == "x" and file in _files:
        raise FileExistsError(17, "File exists", file)
    if kind in "wx":
        _files[file] = ""
    elif kind == "a":
        _files.setdefault(file, "")
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    f = object.__new__(TextIOWrapper)
    f._setup(file, mode, "UTF-8" if encoding is None else encoding, newline, _files[file],
             kind == "r" or "+" in mode, kind != "r" or "+" in mode, kind == "a")
    return f

# Notes are printed under the exception they belong to, in a chain too.


class ConfigError(Exception):
    pass


def load(path):
    try:
        return {}[path]
    except KeyError as e:
        e.add_note(f"while loading {path!r}")
        e.add_note(3 * "-")
        err = ConfigError("no config")
        err.add_note("hint: create the file first")
        raise err from e


load("settings.toml")

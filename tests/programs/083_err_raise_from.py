class ConfigError(Exception):
    pass
def get_setting(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
cfg = {"debug": True}
print(get_setting(cfg, "debug"))
print(get_setting(cfg, "port"))

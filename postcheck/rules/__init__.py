"""The only part of the checker that knows the code of conduct."""
from .pack import Quote, Rule, RulePack, RulePackError, load_rule_pack

__all__ = ["Quote", "Rule", "RulePack", "RulePackError", "load_rule_pack", "load_council_pack", "judge"]


def load_council_pack(config, known_signals=None):
    """The council's rule pack with its ``[rules]`` settings (and any flags) applied."""
    from .settings import configure

    return configure(load_rule_pack(config.rule_pack_path, known_signals), config.rules)


def judge(pack, signals):
    """Signals in, findings out: the pack decides every severity (see ``engine.judge``)."""
    from .engine import judge as _judge

    return _judge(pack, signals)

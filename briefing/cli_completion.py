"""``briefing completion bash|zsh``: shell completion written from the parser itself.

The script holds the command tree as a few ``case`` tables (the same text in bash and
zsh) — which words are subcommands, which options each command takes, which option takes
a value and what the allowed values are — and a short function per shell that walks the
words typed so far. Nothing runs ``briefing`` while completing, so it is instant; file
names are left to the shell's own file completion.
"""

from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field

FILE_METAVARS = ("FILE", "PATH_OR_URL")


@dataclass
class _Command:
    """What completion needs to know about one command path (``"facts add"``)."""

    subcommands: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # option -> choices | @file | @text
    words: list[str] = field(default_factory=list)  # positional choices
    files: bool = False  # a positional is a file name


def _walk(parser: argparse.ArgumentParser, path: str, out: dict[str, _Command]) -> None:
    here = out.setdefault(path, _Command())
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                here.subcommands.append(name)
                _walk(child, f"{path} {name}".strip(), out)
        elif action.option_strings:
            here.options.extend(action.option_strings)
            if action.nargs != 0:
                metavar = action.metavar if isinstance(action.metavar, str) else ""
                if action.choices:
                    spec = " ".join(str(c) for c in action.choices)
                elif metavar.startswith("{") and metavar.endswith("}"):  # {A,B}: known values
                    spec = " ".join(metavar[1:-1].split(","))
                elif action.metavar in FILE_METAVARS:
                    spec = "@file"
                else:
                    spec = "@text"
                for option in action.option_strings:
                    here.values[option] = spec
        elif action.choices:
            here.words.extend(str(c) for c in action.choices)
        elif action.metavar in FILE_METAVARS:
            here.files = True


def command_tree(parser: argparse.ArgumentParser) -> dict[str, _Command]:
    """Every command path of ``parser`` ("" is the top level) with its words and options."""
    tree: dict[str, _Command] = {}
    _walk(parser, "", tree)
    return tree


def _q(text: str) -> str:
    return shlex.quote(text) if text else '""'


def _tables(tree: dict[str, _Command]) -> str:
    """The command tree as shell functions (valid in bash and zsh alike)."""
    sub = [
        f"    {_q(f'{path}|{name}')}) echo {_q(f'{path} {name}'.strip())} ;;"
        for path, cmd in tree.items()
        for name in cmd.subcommands
    ]
    words = [
        f"    {_q(path)}) echo {_q(' '.join([*cmd.subcommands, *cmd.words]))} ;;"
        for path, cmd in tree.items()
        if cmd.subcommands or cmd.words
    ]
    options = [f"    {_q(path)}) echo {_q(' '.join(cmd.options))} ;;" for path, cmd in tree.items()]
    values = [
        f"    {_q(f'{path}|{option}')}) echo {_q(spec)} ;;"
        for path, cmd in tree.items()
        for option, spec in cmd.values.items()
    ]
    files = " | ".join(_q(path) for path, cmd in tree.items() if cmd.files) or '"-none-"'

    def function(name: str, comment: str, pattern: str, cases: list[str]) -> str:
        body = "\n".join(cases)
        return f"{name}() {{  # {comment}\n  case {pattern} in\n{body}\n    *) ;;\n  esac\n}}\n"

    return "\n".join(
        [
            function("__briefing_sub", "$1 command, $2 word: the command it opens", '"$1|$2"', sub),
            function("__briefing_words", "subcommands and allowed arguments", '"$1"', words),
            function("__briefing_options", "the options of command $1", '"$1"', options),
            function(
                "__briefing_value",
                "what option $2 of $1 takes: choices, @file or @text; nothing for a flag",
                '"$1|$2"',
                values,
            ),
            f'__briefing_files() {{  # does command $1 take a file name?\n  case "$1" in\n'
            f"    {files}) return 0 ;;\n  esac\n  return 1\n}}\n",
        ]
    )


_BASH = """\
# bash completion for briefing (written by 'briefing completion bash').
# Load it from ~/.bashrc:  eval "$(briefing completion bash)"

{tables}
_briefing() {{
  local cur="${{COMP_WORDS[COMP_CWORD]}}" cmd="" word next spec pending="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${{COMP_WORDS[i]}}"
    if [[ -n $pending ]]; then pending=""; continue; fi
    if [[ $word == -* ]]; then
      [[ -n "$(__briefing_value "$cmd" "$word")" ]] && pending=1
      continue
    fi
    next="$(__briefing_sub "$cmd" "$word")"
    [[ -n $next ]] && cmd="$next"
  done
  COMPREPLY=()
  if [[ -n $pending ]]; then
    spec="$(__briefing_value "$cmd" "${{COMP_WORDS[COMP_CWORD-1]}}")"
    case "$spec" in
      @*) ;;  # a file name or free text: the shell's default (file names)
      *) COMPREPLY=($(compgen -W "$spec" -- "$cur")) ;;
    esac
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(__briefing_options "$cmd")" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$(__briefing_words "$cmd")" -- "$cur"))
  fi
  return 0
}}
complete -o default -F _briefing briefing
"""

_ZSH = """\
#compdef briefing
# zsh completion for briefing (written by 'briefing completion zsh').
# Save it as _briefing in a folder of $fpath, e.g.
#   mkdir -p ~/.zfunc && briefing completion zsh > ~/.zfunc/_briefing
# with 'fpath=(~/.zfunc $fpath); autoload -Uz compinit && compinit' in ~/.zshrc;
# or, after compinit, load it directly: source <(briefing completion zsh)

{tables}
_briefing() {{
  local cmd="" word next spec pending="" i
  for ((i = 2; i < CURRENT; i++)); do
    word="${{words[i]}}"
    if [[ -n $pending ]]; then pending=""; continue; fi
    if [[ $word == -* ]]; then
      [[ -n "$(__briefing_value "$cmd" "$word")" ]] && pending=1
      continue
    fi
    next="$(__briefing_sub "$cmd" "$word")"
    [[ -n $next ]] && cmd="$next"
  done
  if [[ -n $pending ]]; then
    spec="$(__briefing_value "$cmd" "${{words[CURRENT-1]}}")"
    case "$spec" in
      @file) _files ;;
      @text) _message 'text' ;;
      *) compadd -- ${{=spec}} ;;
    esac
  elif [[ ${{words[CURRENT]}} == -* ]]; then
    compadd -- $(__briefing_options "$cmd")
  else
    compadd -- $(__briefing_words "$cmd")
    __briefing_files "$cmd" && _files
  fi
  return 0
}}

if [[ ${{zsh_eval_context[-1]}} == loadautofunc ]]; then
  _briefing "$@"
else
  compdef _briefing briefing
fi
"""


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell`` ("bash" or "zsh")."""
    template = {"bash": _BASH, "zsh": _ZSH}[shell]
    return template.format(tables=_tables(command_tree(parser)))

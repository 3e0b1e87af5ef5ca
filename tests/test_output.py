"""Export files are written safely: only regular files, modes kept, links followed, a full
disk reported in one line with nothing left behind."""

from __future__ import annotations

import errno
import gc
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.dossier import output
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.errors import UserFacingError

ROOT = Path(__file__).resolve().parent.parent


def write(path: Path | str, data: bytes) -> None:
    with atomic_output(path) as fh:
        fh.write(data)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask for the test (restored after)."""
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


def test_new_file_gets_the_users_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "new.pdf"
    write(target, b"pdf")
    assert target.read_bytes() == b"pdf"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask == 0o640
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", [0o600, 0o644, 0o660, 0o444])
def test_replaced_file_keeps_its_mode(tmp_path: Path, umask: int, mode: int) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"old")
    target.chmod(mode)
    write(target, b"new")
    assert target.read_bytes() == b"new"
    # exactly the old mode, even bits the umask (027) would have removed (0o660's group w)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert leftovers(tmp_path) == []


def test_part_file_is_never_more_open_than_the_file_it_replaces(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "secret.docx"
    target.write_bytes(b"old")
    target.chmod(0o600)
    with atomic_output(target) as fh:
        (part,) = leftovers(tmp_path)
        assert stat.S_IMODE((tmp_path / part).stat().st_mode) == 0o600
        fh.write(b"new")


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(UserFacingError, match="it is a folder"):
        write(folder, b"x")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert leftovers(tmp_path) == []


def test_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserFacingError, match="not a regular file"):
        write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="only root could replace /dev/null (the bug this guards against)",
)
def test_dev_null_is_refused_as_root() -> None:
    before = os.lstat("/dev/null")
    with pytest.raises(UserFacingError, match="it is a device"):
        write("/dev/null", b"x")
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not [n for n in os.listdir("/dev") if n.startswith(".~null.")]


def test_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.pdf"
    link.symlink_to(fifo)
    with pytest.raises(UserFacingError, match=r"out\.pdf: it is a special file"):
        write(link, b"x")
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)


def test_symlink_is_written_through_in_the_targets_folder(tmp_path: Path) -> None:
    real_dir, link_dir = tmp_path / "real", tmp_path / "links"
    real_dir.mkdir()
    link_dir.mkdir()
    target = real_dir / "dossier.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    # a chain of two links, the first one relative
    (link_dir / "middle.pdf").symlink_to(target)
    link = link_dir / "latest.pdf"
    link.symlink_to("middle.pdf")

    with atomic_output(link) as fh:
        # the temporary file sits beside the real file (same file system: rename is atomic)
        assert len(leftovers(real_dir)) == 1
        assert leftovers(link_dir) == []
        fh.write(b"new")

    assert link.is_symlink() and os.readlink(link) == "middle.pdf"
    assert (link_dir / "middle.pdf").is_symlink()
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(real_dir) == leftovers(link_dir) == []


def test_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "out.pdf"
    link.symlink_to(tmp_path / "made.pdf")
    write(link, b"pdf")
    assert link.is_symlink()
    assert (tmp_path / "made.pdf").read_bytes() == b"pdf"


def test_symlink_loop_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(UserFacingError, match="cannot write"):
        write(tmp_path / "a", b"x")


def test_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        write(tmp_path / "nowhere" / "out.pdf", b"x")


def no_space(*_args: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_while_writing_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the earlier export")
    monkeypatch.setattr(output._PartFile, "write", no_space)
    with pytest.raises(UserFacingError) as caught:
        write(target, b"x" * 100_000)
    assert str(caught.value) == f"cannot write {target}: the disk is full"
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"the earlier export"
    assert leftovers(tmp_path) == []


def test_disk_full_at_fsync_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the earlier export")
    monkeypatch.setattr(output.os, "fsync", no_space)
    with pytest.raises(UserFacingError, match="the disk is full"):
        write(target, b"new")
    assert target.read_bytes() == b"the earlier export"
    assert leftovers(tmp_path) == []


def test_disk_full_in_a_docx_leaves_no_late_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-docx's ZipFile outlives the failed export; collected later, it must not print
    'Exception ignored ...' after the message (it wrote to the closed file)."""
    from briefing.dossier.export import write_dossier
    from tests.sample_dossier import sample_dossier

    target = tmp_path / "dossier.docx"
    target.write_bytes(b"the earlier export")
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    written = 0
    real_write = output._PartFile.write

    def fill_up(self: output._PartFile, data: bytes) -> int:
        nonlocal written
        written += len(data)
        if written > 20_000 and not self._discarded:
            no_space()
        return real_write(self, data)

    monkeypatch.setattr(output._PartFile, "write", fill_up)
    with pytest.raises(UserFacingError, match="the disk is full"):
        write_dossier(sample_dossier(), target, "docx")
    gc.collect()
    assert unraisable == []
    assert target.read_bytes() == b"the earlier export"
    assert leftovers(tmp_path) == []


def test_file_size_limit_in_a_real_process_prints_one_line(tmp_path: Path) -> None:
    """A real write failure (EFBIG under a file-size limit, as a full disk would be): the
    CLI-style handler prints the message and nothing after it."""
    if not hasattr(os, "fork"):
        pytest.skip("resource limits are POSIX")
    script = textwrap.dedent(
        """
        import resource, sys
        from briefing.dossier.export import write_dossier
        from briefing.errors import UserFacingError
        from tests.sample_dossier import sample_dossier
        dossier = sample_dossier()
        resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))
        try:
            write_dossier(dossier, sys.argv[1], "docx")
        except UserFacingError as exc:
            print(exc, file=sys.stderr)
        """
    )
    target = tmp_path / "dossier.docx"
    target.write_bytes(b"the earlier export")
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr.splitlines() == [
        f"cannot write {target}: the file is larger than this system allows"
    ]
    assert target.read_bytes() == b"the earlier export"
    assert leftovers(tmp_path) == []


def test_read_only_disk_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def read_only(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".part"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(output.os, "open", read_only)
    with pytest.raises(UserFacingError, match=r"out\.pdf: the disk is read-only$"):
        write(tmp_path / "out.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "out.pdf").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(UserFacingError, match="permission denied"):
            write(folder / "out.pdf", b"x")
        assert (folder / "out.pdf").read_bytes() == b"old"
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_cancel_and_other_errors_pass_through_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def cancelled() -> None:
        with atomic_output(target) as fh:
            fh.write(b"half")
            raise ExportCancelled

    def font_missing() -> None:
        with atomic_output(target) as fh:
            fh.write(b"half")
            (tmp_path / "missing-font.ttf").read_bytes()

    with pytest.raises(ExportCancelled):
        cancelled()
    # an error of the renderer's own files is not mistaken for a disk problem
    with pytest.raises(FileNotFoundError):
        font_missing()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []

"""Is the database somewhere SQLite cannot keep it safe? Network shares and synced folders.

SQLite's locking and WAL need a local disk: on a network share two machines can damage the
file, and a sync client (OneDrive, Dropbox, Google Drive, iCloud) may copy it half-written or
make conflicting copies. `storage_warning(path)` says so, with the reason, before it happens.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs",
    "ncpfs", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}
# FUSE file systems that are local disks (NTFS/exFAT drivers, overlays, AppImages).
LOCAL_FUSE = {"fuseblk", "fuse.ntfs-3g", "fuse.exfat", "fuse.fuse-overlayfs", "fuse.appimage",
              "fuse.lxcfs", "fuse.portal", "fuse.squashfuse", "fuse.encfs", "fuse.gocryptfs"}

# Folder names that sync clients create; matched case-insensitively against each part of the path.
SYNCED_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "mijn drive": "Google Drive",
    "mon drive": "Google Drive", "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive", "com~apple~clouddocs": "iCloud Drive",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud drive": "pCloud",
    "box sync": "Box",
}
SYNC_ENVIRONMENT = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass
class StorageWarning:
    kind: str     # "network" or "synced"
    reason: str   # what was found, in no language: "nfs4: /mnt/x", "Z:", "Dropbox: /home/jan/Dropbox"

    def text(self, lang: str = "en") -> str:
        return MESSAGES[self.kind][lang if lang in MESSAGES[self.kind] else "en"].format(reason=self.reason)


MESSAGES = {
    "network": {
        "nl": "De databank staat op een netwerkschijf ({reason}). SQLite kan een bestand op het "
              "netwerk niet betrouwbaar vergrendelen: bewaar ze op de lokale schijf.",
        "fr": "La base de données se trouve sur un partage réseau ({reason}). SQLite ne peut pas "
              "verrouiller un fichier réseau de façon fiable : gardez-la sur le disque local.",
        "en": "The database is on a network share ({reason}). SQLite cannot lock a file on a "
              "network reliably: keep it on the local disk.",
    },
    "synced": {
        "nl": "De databank staat in een gesynchroniseerde map ({reason}). Het synchronisatie"
              "programma kan een half geschreven kopie maken of conflicterende kopieën: bewaar ze "
              "buiten die map.",
        "fr": "La base de données se trouve dans un dossier synchronisé ({reason}). Le client de "
              "synchronisation peut en faire une copie à moitié écrite ou des copies en conflit : "
              "gardez-la hors de ce dossier.",
        "en": "The database is in a synced folder ({reason}). The sync program may copy it "
              "half-written or make conflicting copies: keep it outside that folder.",
    },
}


def storage_warning(path: Path | str, *, platform: str | None = None, mounts: str | None = None,
                    drive_type=None, environ: dict | None = None) -> StorageWarning | None:
    """Why `path` is not a safe place for the database, or None. The keyword arguments stand in
    for the system (tests): `mounts` the text of /proc/mounts, `drive_type(root) -> int`."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    windows = platform == "win32"
    pure: PurePath = PureWindowsPath(str(path)) if windows else PurePosixPath(str(path))
    if not windows:
        try:
            pure = PurePosixPath(os.path.realpath(str(path)))
        except OSError:
            pass
    return (_network(pure, windows, mounts, drive_type) or _synced(pure, windows, environ))


def _network(path: PurePath, windows: bool, mounts: str | None, drive_type) -> StorageWarning | None:
    text = str(path)
    if windows:
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            server = path.drive.strip("\\/")
            return StorageWarning("network", f"\\\\{server}")
        if text.startswith("\\\\?\\UNC\\"):
            return StorageWarning("network", text)
        drive = path.drive
        if drive:
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            if kind == DRIVE_REMOTE:
                return StorageWarning("network", drive)
        return None
    if text.startswith("//"):
        return StorageWarning("network", text)
    mount = _mount_of(text, _read_mounts() if mounts is None else mounts)
    if mount is None:
        return None
    point, fstype, source = mount
    if fstype in NETWORK_FILESYSTEMS or (fstype.startswith("fuse.") and fstype not in LOCAL_FUSE) \
            or (fstype == "fuse" and source not in ("", "none")):
        return StorageWarning("network", f"{fstype}: {point}")
    return None


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""  # macOS and others: no /proc; only the folder names below are checked


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces and tabs in paths as octal escapes.
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _mount_of(path: str, mounts: str) -> tuple[str, str, str] | None:
    """The mount (point, file system type, source) that holds `path`: the longest matching point."""
    best = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype, source)
    return best


def _windows_drive_type(root: str) -> int:
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    except Exception:
        return 0


def _synced(path: PurePath, windows: bool, environ) -> StorageWarning | None:
    folded = str(path).casefold()
    for name in SYNC_ENVIRONMENT:
        root = environ.get(name)
        if root:
            root_folded = root.rstrip("\\/").casefold()
            separator = "\\" if windows else "/"
            if folded == root_folded or folded.startswith(root_folded + separator) \
                    or folded.startswith(root_folded + "/"):
                return StorageWarning("synced", f"OneDrive: {root}")
    for part in path.parts[:-1]:
        lowered = part.casefold()
        for marker, service in SYNCED_FOLDERS.items():
            # "OneDrive - Organisation" is how OneDrive for Business names its folder.
            if lowered == marker or lowered.startswith((marker + " - ", marker + " (")):
                return StorageWarning("synced", f"{service}: {_folder_upto(path, part)}")
    return None


def _folder_upto(path: PurePath, part: str) -> str:
    """The path down to the synced folder itself (the folder a user would look for)."""
    parts = path.parts
    return str(type(path)(*parts[:parts.index(part) + 1]))

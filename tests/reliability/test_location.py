"""A database on a network share or in a synced folder gets a warning that says why."""

from __future__ import annotations

from g4b_desktop.db.location import DRIVE_REMOTE, storage_warning

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/shared nfs4 rw,relatime 0 0
//fileserver/committees /mnt/committees cifs rw 0 0
user@host:/data /home/jan/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/usb fuseblk rw 0 0
/dev/sdc1 /media/my\\040disk ext4 rw 0 0
"""


def linux(path, environ=None):
    return storage_warning(path, platform="linux", mounts=MOUNTS, environ=environ or {})


def test_local_linux_paths_get_no_warning():
    assert linux("/home/jan/committee.g4b") is None
    assert linux("/media/usb/committee.g4b") is None  # an NTFS stick through FUSE is a local disk
    assert linux("/media/my disk/committee.g4b") is None


def test_network_mounts_are_recognised_by_the_longest_mount_point():
    warning = linux("/home/shared/secretariat/committee.g4b")
    assert warning.kind == "network" and "nfs4" in warning.reason and "/home/shared" in warning.reason
    assert "cifs" in linux("/mnt/committees/c.g4b").reason
    assert "fuse.sshfs" in linux("/home/jan/remote/c.g4b").reason
    assert linux("/home/sharedness/c.g4b") is None  # a longer name is not inside the mount


def test_synced_folders_on_linux():
    warning = linux("/home/jan/Dropbox/committee/c.g4b")
    assert warning.kind == "synced" and "Dropbox" in warning.reason
    assert linux("/home/jan/Google Drive/c.g4b").kind == "synced"
    assert "iCloud" in linux("/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/c.g4b").reason


def windows(path, drive_kind=3, environ=None):
    return storage_warning(path, platform="win32", drive_type=lambda root: drive_kind,
                           environ=environ or {})


def test_windows_unc_path_and_mapped_drive():
    warning = windows(r"\\fileserver\committees\c.g4b")
    assert warning.kind == "network" and "fileserver" in warning.reason
    warning = windows(r"Z:\committees\c.g4b", drive_kind=DRIVE_REMOTE)
    assert warning.kind == "network" and "Z:" in warning.reason
    assert windows(r"C:\Users\jan\Documents\c.g4b") is None


def test_windows_onedrive_from_its_environment_variable_and_folder_name():
    env = {"OneDrive": r"C:\Users\jan\OneDrive - Brussels Region"}
    warning = windows(r"C:\Users\jan\OneDrive - Brussels Region\Documenten\c.g4b", environ=env)
    assert warning.kind == "synced" and "OneDrive" in warning.reason
    assert windows(r"D:\Data\OneDrive\c.g4b").kind == "synced"
    assert windows(r"C:\Users\jan\Documents\c.g4b", environ=env) is None


def test_warning_texts_in_three_languages():
    warning = linux("/mnt/committees/c.g4b")
    assert "network share" in warning.text("en")
    assert "netwerkschijf" in warning.text("nl")
    assert "partage réseau" in warning.text("fr")
    assert warning.reason in warning.text("fr")


def test_this_machine_real_mounts_do_not_crash(tmp_path):
    # The real /proc/mounts: whatever the answer, it is None or a warning with a reason.
    warning = storage_warning(tmp_path / "c.g4b")
    assert warning is None or warning.reason

"""A stand-in for Windows' bcryptprimitives.dll, for the Wine checks only (never in the installer).

Extensions built with Rust 1.78 or later (python-calamine, which reads partner workbooks) import
`ProcessPrng` from bcryptprimitives.dll, which every Windows 10/11 has and Wine 8 does not. This
writes the smallest 64-bit DLL that exports `ProcessPrng` as a forwarder to advapi32's
`SystemFunction036` (RtlGenRandom: same arguments, fills a buffer with random bytes). It holds no
code: the Windows loader follows the forwarder itself.
"""

from __future__ import annotations

import struct

IMAGE_BASE = 0x6FF00000
SECTION_RVA = 0x1000
FILE_ALIGNMENT = 0x200


def bcryptprimitives_dll() -> bytes:
    name, export, target = b"bcryptprimitives.dll\0", b"ProcessPrng\0", b"advapi32.SystemFunction036\0"
    # .rdata at SECTION_RVA: export directory, its three tables, the strings; then a base-relocation block
    directory_size = 40
    functions = SECTION_RVA + directory_size
    names = functions + 4
    ordinals = names + 4
    name_rva = ordinals + 2
    export_rva = name_rva + len(name)
    target_rva = export_rva + len(export)
    exports_end = target_rva + len(target)
    reloc_rva = (exports_end + 3) & ~3
    section = bytearray()
    section += struct.pack("<IIHHIIIIIII", 0, 0, 0, 0, name_rva, 1, 1, 1, functions, names, ordinals)
    section += struct.pack("<I", target_rva)  # a function RVA inside the export directory: a forwarder
    section += struct.pack("<I", export_rva)
    section += struct.pack("<H", 0)
    section += name + export + target
    section += bytes(reloc_rva - SECTION_RVA - len(section))
    section += struct.pack("<II", SECTION_RVA, 8)  # one empty relocation block: nothing to fix up
    virtual_size = len(section)
    raw = section + bytes(-len(section) % FILE_ALIGNMENT)

    dos = bytearray(0x40)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 0x40)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # x64; executable, large-address, DLL
    directories = [(0, 0)] * 16
    directories[0] = (SECTION_RVA, exports_end - SECTION_RVA)  # exports
    directories[5] = (reloc_rva, 8)  # base relocations
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B, 14, 0, 0, len(raw), 0, 0, SECTION_RVA,  # PE32+, sizes, no entry point, base of code
        IMAGE_BASE, 0x1000, FILE_ALIGNMENT, 6, 0, 0, 0, 6, 0, 0,
        SECTION_RVA + ((virtual_size + 0xFFF) & ~0xFFF), FILE_ALIGNMENT, 0,  # image size, headers, checksum
        3, 0x0140,  # console subsystem; dynamic base, NX compatible
        0x100000, 0x1000, 0x100000, 0x1000, 0, 16,
    ) + b"".join(struct.pack("<II", *entry) for entry in directories)
    section_header = struct.pack("<8sIIIIIIHHI", b".rdata", virtual_size, SECTION_RVA, len(raw),
                                 FILE_ALIGNMENT, 0, 0, 0, 0, 0x40000040)  # initialised data, readable
    headers = bytes(dos) + b"PE\0\0" + coff + optional + section_header
    return headers + bytes(FILE_ALIGNMENT - len(headers)) + raw

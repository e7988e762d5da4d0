# The reference side of BuiltinParserDifferentialTest: CPython's json, tomllib and float repr.
# Input lines: "<kind> <hex bytes>"; output: one line per input, the verdict as text (hex).
import json
import struct
import sys
import tomllib


def json_verdict(data):
    def pairs(p):
        seen = set()
        for k, _ in p:
            if k in seen:
                raise ValueError(f'Duplicate key: {k}')
            seen.add(k)
        return dict(p)
    try:
        json.loads(data, object_pairs_hook=pairs)
    except RecursionError:
        return 'crash'
    except ValueError as e:
        return f'Failed to json decode ({e})'
    return 'ok'


def toml_verdict(data):
    try:
        text = data.decode()
    except UnicodeDecodeError:
        return 'crash'
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return str(e)
    except ValueError:
        return 'crash'
    return 'ok'


def pretty_verdict(data):
    try:
        obj = json.loads(data.decode(), object_pairs_hook=lambda p: dict(sorted(p)))
        return json.dumps(obj, indent=2) + '\n'
    except (ValueError, TypeError, RecursionError):
        return 'invalid'


def xml_verdict(data):
    import xml.sax
    try:
        xml.sax.parseString(data, xml.sax.handler.ContentHandler())
    except xml.sax.SAXException:
        return 'rejected'
    except Exception:
        return 'crash'
    return 'ok'


for line in sys.stdin:
    kind, hexdata = line.split()
    data = bytes.fromhex(hexdata)
    if kind == 'json':
        out = json_verdict(data)
    elif kind == 'toml':
        out = toml_verdict(data)
    elif kind == 'xml':
        out = xml_verdict(data)
    elif kind == 'pretty':
        out = pretty_verdict(data)
    else:
        out = repr(struct.unpack('>d', data)[0])
    print(out.encode('utf-8', 'surrogatepass').hex())

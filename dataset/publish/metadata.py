"""Metadata other tools read, generated for every release from the table specs and the
manifest: a Frictionless Data Package (datapackage.json) and an MLCommons Croissant
description (croissant.json). Both point at the release's Parquet files by relative
path, so they work wherever the release directory is.
"""

from __future__ import annotations

import json

import pyarrow as pa

from ruchina.read.manifest import Manifest
from ruchina.schemas import PRIMARY_KEYS, SPECS
from ruchina.schemas.spec import Column

DATASET_DESCRIPTION = (
    "News coverage of Russia–China summits (Putin–Xi meetings, the Belt and Road Forum, SCO summits, state "
    "visits): articles, the entities and events they report, their checkable claims, and the quality findings."
)
HOMEPAGE = "https://pypi.org/project/ruchina/"
CODE_LICENSE = "https://opensource.org/licenses/MIT"


def _frictionless_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_date(arrow_type):
        return "date"
    if pa.types.is_integer(arrow_type):
        return "integer"
    if pa.types.is_floating(arrow_type):
        return "number"
    if pa.types.is_boolean(arrow_type):
        return "boolean"
    if pa.types.is_string(arrow_type):
        return "string"
    return "any"  # lists: Frictionless reads Parquet lists as values it cannot type-check as arrays


def _frictionless_field(column: Column) -> dict:
    field = {"name": column.name, "type": _frictionless_type(column.type), "description": column.description}
    # Frictionless reads "" as missing, so a string the build may leave empty is not required.
    if column.required:
        field["constraints"] = {"required": True}
    return field


def datapackage(manifest: Manifest) -> dict:
    resources = []
    for table, entry in manifest.tables.items():
        spec = SPECS[table]
        fields = [_frictionless_field(column) for column in spec.columns]
        foreign_keys = [
            {"fields": key.column, "reference": {"resource": key.targets[0], "fields": PRIMARY_KEYS[key.targets[0]]}}
            for key in spec.foreign_keys
            # Frictionless can check single-valued keys into one table; list and polymorphic
            # keys are checked by `ruchina validate`.
            if not key.is_list and len(key.targets) == 1 and key.targets[0] in manifest.tables
        ]
        schema = {"fields": fields, "primaryKey": [spec.primary_key]}
        if foreign_keys:
            schema["foreignKeys"] = foreign_keys
        resources.append({
            "name": table,
            "path": entry.file,
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": spec.description,
            # sha256 as Frictionless writes it; byte counts live in manifest.json, since
            # Frictionless cannot count the bytes of a Parquet resource.
            "hash": f"sha256:{entry.sha256}",
            "schema": schema,
        })
    return {
        "name": "ruchina",
        "title": "ruchina: news coverage of Russia–China summits",
        "description": DATASET_DESCRIPTION,
        "version": manifest.version,
        "created": f"{manifest.date}T00:00:00Z" if manifest.date else None,
        "homepage": HOMEPAGE,
        "licenses": [{"name": "MIT", "path": CODE_LICENSE, "title": "MIT License (code and derived tables)"}],
        "resources": resources,
    }


_CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def _croissant_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type):
        return _croissant_type(arrow_type.value_type)
    if pa.types.is_date(arrow_type):
        return "sc:Date"
    if pa.types.is_integer(arrow_type):
        return "sc:Integer"
    if pa.types.is_floating(arrow_type):
        return "sc:Float"
    if pa.types.is_boolean(arrow_type):
        return "sc:Boolean"
    return "sc:Text"


def croissant(manifest: Manifest) -> dict:
    distribution, record_sets = [], []
    for table, entry in manifest.tables.items():
        file_id = f"{table}-file"
        distribution.append({
            "@type": "cr:FileObject",
            "@id": file_id,
            "name": file_id,
            "description": f"The {table} table.",
            "contentUrl": entry.file,
            "encodingFormat": "application/x-parquet",
            "sha256": entry.sha256,
        })
        spec = SPECS[table]
        fields = []
        for column in spec.columns:
            field = {
                "@type": "cr:Field",
                "@id": f"{table}/{column.name}",
                "name": column.name,
                "description": column.description,
                "dataType": _croissant_type(column.type),
                "source": {"fileObject": {"@id": file_id}, "extract": {"column": column.name}},
            }
            if column.is_list:
                field["repeated"] = True
            fields.append(field)
        record_sets.append({
            "@type": "cr:RecordSet",
            "@id": table,
            "name": table,
            "description": spec.description,
            "key": {"@id": f"{table}/{spec.primary_key}"},
            "field": fields,
        })
    return {
        "@context": _CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "name": "ruchina",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "description": DATASET_DESCRIPTION,
        "license": CODE_LICENSE,
        "url": HOMEPAGE,
        "version": manifest.version,
        "datePublished": manifest.date,
        "citeAs": f"ruchina {manifest.version}, a dataset of news coverage of Russia–China summits ({manifest.date}).",
        "distribution": distribution,
        "recordSet": record_sets,
    }


def metadata_files(manifest: Manifest) -> dict[str, bytes]:
    """File name -> bytes of every metadata file of a release."""
    def dump(data: dict) -> bytes:
        return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")

    return {"datapackage.json": dump(datapackage(manifest)), "croissant.json": dump(croissant(manifest))}

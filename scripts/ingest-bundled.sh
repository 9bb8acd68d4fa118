#!/usr/bin/env bash
# Rebuilds public/articles/ from every raw text under content/ (the bundled library).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f public/articles/*.json
exec npx tsx scripts/ingest.ts content/seed/*.txt content/articles/*.txt --out public/articles

#!/usr/bin/env bash
# The main job for now: consolidate the bundled Kanaria-shaped sample dump and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project Rmrk.Indexer -c Release -- consolidate samples/kanaria-5k.dump.json --summary --timing

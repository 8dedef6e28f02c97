#!/usr/bin/env bash
# The main job on the bundled Kanaria-shaped sample dump:
#   1. consolidate it in memory and print a summary (the engine, as the reference would),
#   2. sync it into a SQLite database (out/sample.sqlite; a re-run resumes and changes nothing),
#   3. print the database's cursor and counts,
#   4. serve the read API on http://127.0.0.1:5080 until Ctrl-C
#      (try /api/v1/status, /api/v1/accounts/<address>/nfts, /api/v1/nfts/<id>).
# Set RMRK_NO_SERVE=1 to stop after step 3.
set -euo pipefail
cd "$(dirname "$0")/.."

sample="samples/kanaria-5k.dump.json"
db="out/sample.sqlite"
mkdir -p out

dotnet build Rmrk.sln -c Release -v quiet -nologo
rmrk() { dotnet artifacts/bin/Rmrk.Indexer/release/rmrk.dll "$@"; }

echo "== consolidate (in memory)"
rmrk consolidate "$sample" --summary --timing
echo "== sync into $db"
rmrk sync --source "$sample" --db "$db"
echo "== status"
rmrk status --db "$db"

if [ "${RMRK_NO_SERVE:-}" != "1" ]; then
  echo "== read API on http://127.0.0.1:5080 (Ctrl-C to stop)"
  dotnet artifacts/bin/Rmrk.Api/release/Rmrk.Api.dll --urls http://127.0.0.1:5080 --Rmrk:Database="$PWD/$db"
fi

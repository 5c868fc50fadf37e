#!/usr/bin/env bash
# Publishes the willing tool to artifacts/willing/: self-contained for this machine's runtime identifier, the
# .NET runtime, the libraries and Willing precompiled together into one composite ReadyToRun image, so that a
# command spends its time working rather than compiling (docs/decisions/0010-start-up-time.md). The build
# happens under artifacts/composite/, apart from the development build in bin/ and obj/.
#   bash scripts/publish.sh          then   artifacts/willing/willing --help
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly \
  --artifacts-path artifacts/composite -p:SelfContained=true -p:PublishReadyToRunComposite=true -o artifacts/willing

#!/usr/bin/env bash
# Generator fuzzing, the bigger run (Tests/Fuzz/README.md, "Generator fuzzing"):
#   Tests/Fuzz/generator_fuzz.sh [COUNT] [SEED] [COMPILE]
# Writes COUNT random specs (default 5000) from SEED (default 20260415) with the test target's
# FuzzSpecBuilder, runs `vidu-codegen generate` on each in its own process (a crash is reported
# with its spec and never stops the run), then type-checks the code of the first COMPILE
# generated specs (default 200) with swiftc against the built ViduRuntime module, 20 per swiftc.
# Needs `swift build --build-tests` first. Exit 0 when nothing crashed and everything compiled.
set -uo pipefail
cd "$(dirname "$0")/../.."
count=${1:-5000}
seed=${2:-20260415}
compile=${3:-200}
build=.build/debug
codegen=$build/vidu-codegen
modules=$build/Modules
[ -d "$modules" ] || modules=$build
if [ ! -x "$codegen" ] || [ ! -e "$modules/ViduRuntime.swiftmodule" ]; then
    echo "error: run 'swift build --build-tests' first ($codegen, $modules/ViduRuntime.swiftmodule)" >&2
    exit 2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/vidu-generator-fuzz.XXXXXX")
echo "generator fuzz: $count specs, seed $seed, work directory $work"
VIDU_GENERATOR_FUZZ_DUMP="$work/specs" VIDU_GENERATOR_FUZZ_COUNT="$count" VIDU_GENERATOR_FUZZ_SEED="$seed" \
    swift test --skip-build --filter 'GeneratorFuzzTests/dumpSpecs' > "$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; echo "error: writing the specs failed" >&2; exit 2; }

generated=0; diagnosed=0; crashed=0; warned=0
compiled=0; compile_failed=0
batch=()
typecheck() {
    [ ${#batch[@]} -gt 0 ] || return 0
    local files=()
    for index in "${batch[@]}"; do files+=("$work/out/$index"/*/*.swift); done
    if swiftc -typecheck -swift-version 6 -warnings-as-errors -module-name FuzzCheck -I "$modules" "${files[@]}" > "$work/typecheck-${batch[0]}.log" 2>&1; then
        compiled=$((compiled + ${#batch[@]}))
    else
        # Which of them: each alone.
        for index in "${batch[@]}"; do
            if swiftc -typecheck -swift-version 6 -warnings-as-errors -module-name FuzzCheck -I "$modules" "$work/out/$index"/*/*.swift > "$work/typecheck-$index.log" 2>&1; then
                compiled=$((compiled + 1))
            else
                compile_failed=$((compile_failed + 1))
                echo "TYPECHECK FAILED: $work/specs/fuzz$index.json ($work/typecheck-$index.log)"
                grep -m 3 -E '^[^ ].*(error|warning):' "$work/typecheck-$index.log"
            fi
        done
    fi
    batch=()
}
for ((index = 0; index < count; index++)); do
    mkdir -p "$work/one/$index/specs"
    cp "$work/specs/fuzz$index.json" "$work/one/$index/specs/"
    "$codegen" generate --specs "$work/one/$index/specs" --output "$work/out/$index" > "$work/one/$index/log" 2>&1
    status=$?
    if [ $status -eq 0 ]; then
        generated=$((generated + 1))
        grep -q ': warning: ' "$work/one/$index/log" && warned=$((warned + 1))
        if [ $((compiled + compile_failed + ${#batch[@]})) -lt "$compile" ]; then
            batch+=("$index")
            [ ${#batch[@]} -eq 20 ] && typecheck
        fi
    elif [ $status -eq 1 ]; then
        diagnosed=$((diagnosed + 1))
    else
        crashed=$((crashed + 1))
        echo "CRASH (exit $status) on $work/specs/fuzz$index.json"
    fi
done
typecheck
echo "generator fuzz: $count specs: $generated generated ($warned with warnings), $diagnosed diagnostics, $crashed crashes; type-checked $compiled, $compile_failed failed"
[ $crashed -eq 0 ] && [ $compile_failed -eq 0 ]

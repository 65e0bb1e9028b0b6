# Adversarial inputs (tests/adversarial/): every one ends in a clean result or
# a one-line error, within seconds and bounded memory, with the database
# intact. The cases and their expected outcomes are in cases.tsv; run.py
# runs them and checks each.
SUITE_adversarial() {
  local adv="$SOURCE_DIR/tests/adversarial"

  TEST "the committed inputs are exactly what make.py writes"
  python3 "$adv/make.py" small fresh || fail "make.py small failed"
  diff -r --brief fresh "$adv/inputs" >diff.txt || fail "tests/adversarial/inputs differs from make.py: $(head -3 diff.txt)"

  TEST "at least 40 inputs, each with an expected outcome"
  local n
  n=$(grep -vc '^#' "$adv/cases.tsv")
  [ "$n" -ge 40 ] || fail "only $n cases"

  TEST "every adversarial input: expected exit, one-line errors naming the input, time and memory bounds, database intact"
  python3 "$adv/make.py" large large || fail "make.py large failed"
  run python3 "$adv/run.py" "$CROSSCHECK" "$adv/inputs" large cases
  expect_status 0
  grep -q "adversarial inputs, 0 failed" "$WORK/stdout" || fail "$(grep -A3 '^FAIL' "$WORK/stdout" | head -20)"
  rm -rf large
}

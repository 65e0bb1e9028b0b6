# crosscheck values: end-to-end on real files.
SUITE_values() {
  TEST "help goes to stdout and exits 0"
  run "$CROSSCHECK" values --help
  expect_status 0
  expect_stdout_has "Usage: crosscheck values"
  expect_stderr_empty

  TEST "top-level help and list"
  run "$CROSSCHECK" --help
  expect_status 0
  expect_stdout_has "values"
  run "$CROSSCHECK" list
  expect_status 0
  expect_stdout_has "values"

  TEST "no command prints usage and fails"
  run "$CROSSCHECK"
  expect_status 2

  TEST "unknown command suggests the closest"
  run "$CROSSCHECK" valeus
  expect_status 2
  expect_stderr_has "unknown command 'valeus' (did you mean 'values'?)"
  expect_stderr_lines 1

  TEST "unknown option is one line naming the option"
  run "$CROSSCHECK" values --frobnicate x.txt
  expect_status 2
  expect_stderr_has "unknown option '--frobnicate'"
  expect_stderr_lines 1

  TEST "sample corpus: each document resolves against its own date"
  run "$CROSSCHECK" values "$SOURCE_DIR/claims/kaspersky"
  expect_status 0
  expect_jsonl_valid
  expect_stdout_has '"file":"2017-09-13-fortune.txt","start":1838,"end":1847,"text":"next year","type":"date","value":{"start":"2018-01-01","end":"2018-12-31","granularity":"year","timex":"2018"}}'
  expect_stdout_has '"text":"less than 50","type":"quantity","value":{"low":null,"high":50,"low_inclusive":false,"high_inclusive":false,"approximate":false,"unit":"employees"}}'
  expect_stdout_has '"text":"That September","type":"date","value":{"start":"2017-09-01","end":"2017-09-30","granularity":"month","timex":"2017-09"}}'
  expect_stdout_has '"text":"last October","type":"date","value":{"start":"2023-10-01","end":"2023-10-31","granularity":"month","timex":"2023-10"}}'

  TEST "offsets are byte offsets into the file"
  printf 'Caf\xc3\xa9 staff: about 300 employees.\n' >cafe.txt
  run "$CROSSCHECK" values cafe.txt
  expect_status 0
  expect_stdout_has '{"start":13,"end":22,"text":"about 300"'

  TEST "standard input and --ref"
  run bash -c "echo 'They will open next year.' | '$CROSSCHECK' values --ref 2017-09-13"
  expect_status 0
  expect_stdout_has '"timex":"2018"'
  run bash -c "echo 'next year' | '$CROSSCHECK' values --ref 2017-13-01"
  expect_status 2
  expect_stderr_has "--ref must be YYYY-MM-DD, YYYY-MM or YYYY"

  TEST "without a reference, relative dates are unresolved"
  run bash -c "echo 'next year' | '$CROSSCHECK' values"
  expect_status 0
  expect_stdout_has '"resolved":false'

  TEST "missing file"
  run "$CROSSCHECK" values no-such-file.txt
  expect_status 2
  expect_stderr_has "no-such-file.txt: cannot open: No such file or directory"
  expect_stderr_lines 1

  TEST "binary file"
  head -c 4096 /dev/urandom >blob.bin
  printf '\0' >>blob.bin
  run "$CROSSCHECK" values blob.bin
  expect_status 2
  expect_stderr_has "blob.bin: binary data, not text"

  TEST "empty file gives no output"
  : >empty.txt
  run "$CROSSCHECK" values empty.txt
  expect_status 0
  expect_stdout_empty

  TEST "invalid UTF-8 still gives valid JSON"
  printf 'About \xff\xfe 300 \xc3 staff in 2017 \xed\xa0\x80\n' >bad.txt
  run "$CROSSCHECK" values bad.txt
  expect_status 0
  expect_jsonl_valid
  expect_stdout_has '"timex":"2017"'

  TEST "malformed manifest names file, line and column"
  mkdir -p broken && printf '{"documents": [\n  {"file": }\n]}\n' >broken/corpus.json
  run "$CROSSCHECK" values broken
  expect_status 2
  expect_stderr_has "broken/corpus.json:2:12: invalid JSON"
  expect_stderr_lines 1

  TEST "a directory without a manifest reads its .txt files"
  mkdir -p loose && echo "It has 31 offices." >loose/a.txt && echo "In 2014." >loose/b.txt
  run "$CROSSCHECK" values loose
  expect_status 0
  expect_stdout_lines 2
  expect_stdout_has '"file":"loose/a.txt"'
}

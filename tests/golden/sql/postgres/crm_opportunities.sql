WITH "t3" AS (
  SELECT
    *
  FROM "crm"."opportunities" AS "t0"
  WHERE
    "t0"."closed_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
    AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
)
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      2 AS "_branch",
      CAST(NULL AS DATE) AS "_day",
      CAST(NULL AS VARCHAR) AS "_by",
      "t19"."a0",
      "t19"."a1",
      "t19"."a2",
      "t19"."a3",
      "t19"."a4",
      "t19"."a5",
      "t19"."a6",
      "t19"."a7",
      "t19"."a8",
      "t19"."a9",
      "t19"."a10",
      "t19"."a11",
      "t19"."a12",
      "t19"."a13",
      "t19"."a14",
      "t19"."a15",
      "t19"."a16",
      "t19"."a17",
      "t19"."a18",
      "t19"."a19",
      "t19"."a20",
      "t19"."a21",
      "t19"."a22",
      "t19"."a23",
      "t19"."a24",
      "t19"."a25",
      "t19"."a26",
      "t19"."a27",
      "t19"."a28",
      "t19"."a29",
      "t19"."a30",
      "t19"."a31",
      "t19"."a32",
      "t19"."a33",
      "t19"."a34",
      "t19"."a35",
      "t19"."a36",
      "t19"."a37",
      "t19"."a38",
      "t19"."a39",
      "t19"."a40",
      "t19"."a41",
      "t19"."a42",
      "t19"."a43",
      "t19"."a44",
      "t19"."a45",
      "t19"."a46",
      "t19"."a47",
      "t19"."a48",
      "t19"."a49",
      "t19"."a50",
      "t19"."a51",
      "t19"."a52",
      "t19"."a53",
      "t19"."a54",
      "t19"."a55",
      "t19"."a56",
      "t19"."a57",
      "t19"."a58",
      "t19"."a59",
      "t19"."a60",
      "t19"."a61",
      "t19"."a62",
      "t19"."a63",
      "t19"."a64",
      "t19"."a65",
      "t19"."a66",
      "t19"."a67",
      "t19"."a68",
      "t19"."a69",
      "t19"."a70",
      "t19"."a71",
      "t19"."a72",
      "t19"."a73",
      "t19"."a74",
      "t19"."a75",
      "t19"."a76",
      "t19"."a77",
      "t19"."a78",
      "t19"."a79",
      "t19"."a80",
      "t19"."a81",
      "t19"."a82",
      "t19"."a83",
      "t19"."a84",
      "t19"."a85",
      "t19"."a86",
      "t19"."a87",
      "t19"."a88",
      "t19"."a89",
      "t19"."a90",
      "t19"."a91",
      "t19"."a92",
      "t19"."a93",
      "t19"."a94",
      "t19"."a95",
      "t19"."a96",
      "t19"."a97",
      "t19"."a98",
      "t19"."a99",
      "t19"."a100",
      "t19"."a101",
      "t19"."a102",
      "t19"."a103",
      "t19"."a104",
      "t19"."a105",
      "t19"."a106",
      "t19"."a107",
      "t19"."a108",
      "t19"."a109",
      "t19"."a110",
      "t19"."a111",
      "t19"."a112",
      "t19"."a113",
      "t19"."a114",
      "t19"."a115",
      "t19"."a116",
      "t19"."a117",
      "t19"."a118",
      "t19"."a119",
      "t19"."a120",
      "t19"."a121",
      "t19"."a122",
      "t19"."a123"
    FROM (
      SELECT
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 5)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 12)
          )) AS DOUBLE PRECISION) AS "a0",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 12)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 19)
          )) AS DOUBLE PRECISION) AS "a1",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 19)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 26)
          )) AS DOUBLE PRECISION) AS "a2",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 26)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 2)
          )) AS DOUBLE PRECISION) AS "a3",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 2)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 9)
          )) AS DOUBLE PRECISION) AS "a4",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 9)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a5",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 6)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 13)
          )) AS DOUBLE PRECISION) AS "a6",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 13)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 20)
          )) AS DOUBLE PRECISION) AS "a7",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 20)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 27)
          )) AS DOUBLE PRECISION) AS "a8",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 27)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 3)
          )) AS DOUBLE PRECISION) AS "a9",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 3)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 10)
          )) AS DOUBLE PRECISION) AS "a10",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 10)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 17)
          )) AS DOUBLE PRECISION) AS "a11",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a12",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a13",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a14",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a15",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a16",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a17",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 12, 1)
          )) AS DOUBLE PRECISION) AS "a18",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 12, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 1, 1)
          )) AS DOUBLE PRECISION) AS "a19",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 2, 1)
          )) AS DOUBLE PRECISION) AS "a20",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 2, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 3, 1)
          )) AS DOUBLE PRECISION) AS "a21",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 3, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 4, 1)
          )) AS DOUBLE PRECISION) AS "a22",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 4, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 5, 1)
          )) AS DOUBLE PRECISION) AS "a23",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS DOUBLE PRECISION) AS "a24",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 1)
          )) AS DOUBLE PRECISION) AS "a25",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 1)
          )) AS DOUBLE PRECISION) AS "a26",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 1)
          )) AS DOUBLE PRECISION) AS "a27",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 1)
          )) AS DOUBLE PRECISION) AS "a28",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 1)
          )) AS DOUBLE PRECISION) AS "a29",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2024, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2024, 12, 1)
          )) AS DOUBLE PRECISION) AS "a30",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2024, 12, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 1, 1)
          )) AS DOUBLE PRECISION) AS "a31",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 2, 1)
          )) AS DOUBLE PRECISION) AS "a32",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 2, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 3, 1)
          )) AS DOUBLE PRECISION) AS "a33",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 3, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 4, 1)
          )) AS DOUBLE PRECISION) AS "a34",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 4, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 5, 1)
          )) AS DOUBLE PRECISION) AS "a35",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 5, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 6, 1)
          )) AS DOUBLE PRECISION) AS "a36",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 7, 1)
          )) AS DOUBLE PRECISION) AS "a37",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 7, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 8, 1)
          )) AS DOUBLE PRECISION) AS "a38",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 8, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 9, 1)
          )) AS DOUBLE PRECISION) AS "a39",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 9, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 1)
          )) AS DOUBLE PRECISION) AS "a40",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 1)
          )) AS DOUBLE PRECISION) AS "a41",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 18)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 5, 25)
          )) AS DOUBLE PRECISION) AS "a42",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 25)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS DOUBLE PRECISION) AS "a43",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 8)
          )) AS DOUBLE PRECISION) AS "a44",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 8)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 15)
          )) AS DOUBLE PRECISION) AS "a45",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 15)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 22)
          )) AS DOUBLE PRECISION) AS "a46",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 22)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 29)
          )) AS DOUBLE PRECISION) AS "a47",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 29)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 6)
          )) AS DOUBLE PRECISION) AS "a48",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 6)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 13)
          )) AS DOUBLE PRECISION) AS "a49",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 13)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 20)
          )) AS DOUBLE PRECISION) AS "a50",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 20)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 27)
          )) AS DOUBLE PRECISION) AS "a51",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 27)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 3)
          )) AS DOUBLE PRECISION) AS "a52",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 3)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 10)
          )) AS DOUBLE PRECISION) AS "a53",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 10)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 17)
          )) AS DOUBLE PRECISION) AS "a54",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 17)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 24)
          )) AS DOUBLE PRECISION) AS "a55",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 24)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 31)
          )) AS DOUBLE PRECISION) AS "a56",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 31)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 7)
          )) AS DOUBLE PRECISION) AS "a57",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 7)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 14)
          )) AS DOUBLE PRECISION) AS "a58",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 14)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 21)
          )) AS DOUBLE PRECISION) AS "a59",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 21)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 28)
          )) AS DOUBLE PRECISION) AS "a60",
        CAST(COUNT(DISTINCT "t9"."v0") FILTER(WHERE
          "t9"."m2"
          AND (
            "t9"."v0" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 28)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 5)
          )) AS DOUBLE PRECISION) AS "a61",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 5)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 12)
          )) AS "a62",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 12)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 19)
          )) AS "a63",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 19)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 26)
          )) AS "a64",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 26)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 2)
          )) AS "a65",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 2)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 9)
          )) AS "a66",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 9)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a67",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 6)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 13)
          )) AS "a68",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 13)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 20)
          )) AS "a69",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 20)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 27)
          )) AS "a70",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 27)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 3)
          )) AS "a71",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 3)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 10)
          )) AS "a72",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 10)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 17)
          )) AS "a73",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a74",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a75",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a76",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a77",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a78",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a79",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 12, 1)
          )) AS "a80",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 12, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 1, 1)
          )) AS "a81",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 2, 1)
          )) AS "a82",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 2, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 3, 1)
          )) AS "a83",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 3, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 4, 1)
          )) AS "a84",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 4, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 5, 1)
          )) AS "a85",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a86",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 1)
          )) AS "a87",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 1)
          )) AS "a88",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 1)
          )) AS "a89",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 1)
          )) AS "a90",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 11, 1)
          )) AS "a91",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2024, 11, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2024, 12, 1)
          )) AS "a92",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2024, 12, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 1, 1)
          )) AS "a93",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 2, 1)
          )) AS "a94",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 2, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 3, 1)
          )) AS "a95",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 3, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 4, 1)
          )) AS "a96",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 4, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 5, 1)
          )) AS "a97",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 5, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 6, 1)
          )) AS "a98",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 7, 1)
          )) AS "a99",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 7, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 8, 1)
          )) AS "a100",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 8, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 9, 1)
          )) AS "a101",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 9, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 10, 1)
          )) AS "a102",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2025, 11, 1)
          )) AS "a103",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 18)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 5, 25)
          )) AS "a104",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 5, 25)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a105",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 8)
          )) AS "a106",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 8)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 15)
          )) AS "a107",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 15)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 22)
          )) AS "a108",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 22)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 6, 29)
          )) AS "a109",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 6, 29)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 6)
          )) AS "a110",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 6)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 13)
          )) AS "a111",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 13)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 20)
          )) AS "a112",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 20)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 7, 27)
          )) AS "a113",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 7, 27)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 3)
          )) AS "a114",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 3)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 10)
          )) AS "a115",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 10)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 17)
          )) AS "a116",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 17)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 24)
          )) AS "a117",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 24)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 8, 31)
          )) AS "a118",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 8, 31)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 7)
          )) AS "a119",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 7)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 14)
          )) AS "a120",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 14)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 21)
          )) AS "a121",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 21)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 9, 28)
          )) AS "a122",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t9"."v1") FILTER(WHERE
          "t9"."m5"
          AND (
            "t9"."v1" IS NOT NULL
          )
          AND (
            "t9"."_day" >= MAKE_DATE(2026, 9, 28)
          )
          AND (
            "t9"."_day" < MAKE_DATE(2026, 10, 5)
          )) AS "a123"
      FROM (
        SELECT
          DATE(TIMEZONE('America/Chicago', "t4"."closed_at")) AS "_day",
          COALESCE("t4"."outcome" IN ('won'), FALSE) AS "m2",
          CASE
            WHEN (
              "t4"."customer_id" IS NOT NULL
            )
            AND (
              TRIM(' 	
' FROM "t4"."customer_id") <> ''
            )
            THEN TRIM(' 	
' FROM "t4"."customer_id")
            ELSE NULL
          END AS "v0",
          COALESCE("t4"."outcome" IN ('won'), FALSE) AS "m5",
          CAST((
            CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t4"."closed_at"))) AS DOUBLE PRECISION) - CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t4"."created_at"))) AS DOUBLE PRECISION)
          ) AS DOUBLE PRECISION) / 86400.0 AS "v1"
        FROM "t3" AS "t4"
      ) AS "t9"
    ) AS "t19"
  ) AS "t21"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      3 AS "_branch",
      CAST(NULL AS DATE) AS "_day",
      "t14"."_by",
      "t14"."a0",
      "t14"."a1",
      "t14"."a2",
      "t14"."a3",
      "t14"."a4",
      "t14"."a5",
      "t14"."a6",
      "t14"."a7",
      "t14"."a8",
      "t14"."a9",
      "t14"."a10",
      "t14"."a11",
      "t14"."a12",
      "t14"."a13",
      "t14"."a14",
      "t14"."a15",
      "t14"."a16",
      "t14"."a17",
      "t14"."a18",
      "t14"."a19",
      "t14"."a20",
      "t14"."a21",
      "t14"."a22",
      "t14"."a23",
      "t14"."a24",
      "t14"."a25",
      "t14"."a26",
      "t14"."a27",
      "t14"."a28",
      "t14"."a29",
      "t14"."a30",
      "t14"."a31",
      "t14"."a32",
      "t14"."a33",
      "t14"."a34",
      "t14"."a35",
      "t14"."a36",
      "t14"."a37",
      "t14"."a38",
      "t14"."a39",
      "t14"."a40",
      "t14"."a41",
      "t14"."a42",
      "t14"."a43",
      "t14"."a44",
      "t14"."a45",
      "t14"."a46",
      "t14"."a47",
      "t14"."a48",
      "t14"."a49",
      "t14"."a50",
      "t14"."a51",
      "t14"."a52",
      "t14"."a53",
      "t14"."a54",
      "t14"."a55",
      "t14"."a56",
      "t14"."a57",
      "t14"."a58",
      "t14"."a59",
      "t14"."a60",
      "t14"."a61",
      CAST(NULL AS DOUBLE PRECISION) AS "a62",
      CAST(NULL AS DOUBLE PRECISION) AS "a63",
      CAST(NULL AS DOUBLE PRECISION) AS "a64",
      CAST(NULL AS DOUBLE PRECISION) AS "a65",
      CAST(NULL AS DOUBLE PRECISION) AS "a66",
      CAST(NULL AS DOUBLE PRECISION) AS "a67",
      CAST(NULL AS DOUBLE PRECISION) AS "a68",
      CAST(NULL AS DOUBLE PRECISION) AS "a69",
      CAST(NULL AS DOUBLE PRECISION) AS "a70",
      CAST(NULL AS DOUBLE PRECISION) AS "a71",
      CAST(NULL AS DOUBLE PRECISION) AS "a72",
      CAST(NULL AS DOUBLE PRECISION) AS "a73",
      CAST(NULL AS DOUBLE PRECISION) AS "a74",
      CAST(NULL AS DOUBLE PRECISION) AS "a75",
      CAST(NULL AS DOUBLE PRECISION) AS "a76",
      CAST(NULL AS DOUBLE PRECISION) AS "a77",
      CAST(NULL AS DOUBLE PRECISION) AS "a78",
      CAST(NULL AS DOUBLE PRECISION) AS "a79",
      CAST(NULL AS DOUBLE PRECISION) AS "a80",
      CAST(NULL AS DOUBLE PRECISION) AS "a81",
      CAST(NULL AS DOUBLE PRECISION) AS "a82",
      CAST(NULL AS DOUBLE PRECISION) AS "a83",
      CAST(NULL AS DOUBLE PRECISION) AS "a84",
      CAST(NULL AS DOUBLE PRECISION) AS "a85",
      CAST(NULL AS DOUBLE PRECISION) AS "a86",
      CAST(NULL AS DOUBLE PRECISION) AS "a87",
      CAST(NULL AS DOUBLE PRECISION) AS "a88",
      CAST(NULL AS DOUBLE PRECISION) AS "a89",
      CAST(NULL AS DOUBLE PRECISION) AS "a90",
      CAST(NULL AS DOUBLE PRECISION) AS "a91",
      CAST(NULL AS DOUBLE PRECISION) AS "a92",
      CAST(NULL AS DOUBLE PRECISION) AS "a93",
      CAST(NULL AS DOUBLE PRECISION) AS "a94",
      CAST(NULL AS DOUBLE PRECISION) AS "a95",
      CAST(NULL AS DOUBLE PRECISION) AS "a96",
      CAST(NULL AS DOUBLE PRECISION) AS "a97",
      CAST(NULL AS DOUBLE PRECISION) AS "a98",
      CAST(NULL AS DOUBLE PRECISION) AS "a99",
      CAST(NULL AS DOUBLE PRECISION) AS "a100",
      CAST(NULL AS DOUBLE PRECISION) AS "a101",
      CAST(NULL AS DOUBLE PRECISION) AS "a102",
      CAST(NULL AS DOUBLE PRECISION) AS "a103",
      CAST(NULL AS DOUBLE PRECISION) AS "a104",
      CAST(NULL AS DOUBLE PRECISION) AS "a105",
      CAST(NULL AS DOUBLE PRECISION) AS "a106",
      CAST(NULL AS DOUBLE PRECISION) AS "a107",
      CAST(NULL AS DOUBLE PRECISION) AS "a108",
      CAST(NULL AS DOUBLE PRECISION) AS "a109",
      CAST(NULL AS DOUBLE PRECISION) AS "a110",
      CAST(NULL AS DOUBLE PRECISION) AS "a111",
      CAST(NULL AS DOUBLE PRECISION) AS "a112",
      CAST(NULL AS DOUBLE PRECISION) AS "a113",
      CAST(NULL AS DOUBLE PRECISION) AS "a114",
      CAST(NULL AS DOUBLE PRECISION) AS "a115",
      CAST(NULL AS DOUBLE PRECISION) AS "a116",
      CAST(NULL AS DOUBLE PRECISION) AS "a117",
      CAST(NULL AS DOUBLE PRECISION) AS "a118",
      CAST(NULL AS DOUBLE PRECISION) AS "a119",
      CAST(NULL AS DOUBLE PRECISION) AS "a120",
      CAST(NULL AS DOUBLE PRECISION) AS "a121",
      CAST(NULL AS DOUBLE PRECISION) AS "a122",
      CAST(NULL AS DOUBLE PRECISION) AS "a123"
    FROM (
      SELECT
        "t6"."_by",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 5)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 10, 12)
          )) AS DOUBLE PRECISION) AS "a0",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 12)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 10, 19)
          )) AS DOUBLE PRECISION) AS "a1",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 19)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 10, 26)
          )) AS DOUBLE PRECISION) AS "a2",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 26)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 2)
          )) AS DOUBLE PRECISION) AS "a3",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 11, 2)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 9)
          )) AS DOUBLE PRECISION) AS "a4",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 11, 9)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a5",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 6)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 10, 13)
          )) AS DOUBLE PRECISION) AS "a6",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 13)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 10, 20)
          )) AS DOUBLE PRECISION) AS "a7",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 20)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 10, 27)
          )) AS DOUBLE PRECISION) AS "a8",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 27)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 3)
          )) AS DOUBLE PRECISION) AS "a9",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 11, 3)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 10)
          )) AS DOUBLE PRECISION) AS "a10",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 11, 10)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 17)
          )) AS DOUBLE PRECISION) AS "a11",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 11, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a12",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a13",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a14",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a15",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS DOUBLE PRECISION) AS "a16",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS DOUBLE PRECISION) AS "a17",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 12, 1)
          )) AS DOUBLE PRECISION) AS "a18",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 12, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 1, 1)
          )) AS DOUBLE PRECISION) AS "a19",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 2, 1)
          )) AS DOUBLE PRECISION) AS "a20",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 2, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 3, 1)
          )) AS DOUBLE PRECISION) AS "a21",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 3, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 4, 1)
          )) AS DOUBLE PRECISION) AS "a22",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 4, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 5, 1)
          )) AS DOUBLE PRECISION) AS "a23",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 5, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS DOUBLE PRECISION) AS "a24",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 7, 1)
          )) AS DOUBLE PRECISION) AS "a25",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 7, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 1)
          )) AS DOUBLE PRECISION) AS "a26",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 9, 1)
          )) AS DOUBLE PRECISION) AS "a27",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 9, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 10, 1)
          )) AS DOUBLE PRECISION) AS "a28",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 11, 1)
          )) AS DOUBLE PRECISION) AS "a29",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2024, 11, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2024, 12, 1)
          )) AS DOUBLE PRECISION) AS "a30",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2024, 12, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 1, 1)
          )) AS DOUBLE PRECISION) AS "a31",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 2, 1)
          )) AS DOUBLE PRECISION) AS "a32",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 2, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 3, 1)
          )) AS DOUBLE PRECISION) AS "a33",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 3, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 4, 1)
          )) AS DOUBLE PRECISION) AS "a34",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 4, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 5, 1)
          )) AS DOUBLE PRECISION) AS "a35",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 5, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 6, 1)
          )) AS DOUBLE PRECISION) AS "a36",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 6, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 7, 1)
          )) AS DOUBLE PRECISION) AS "a37",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 7, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 8, 1)
          )) AS DOUBLE PRECISION) AS "a38",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 8, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 9, 1)
          )) AS DOUBLE PRECISION) AS "a39",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 9, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 10, 1)
          )) AS DOUBLE PRECISION) AS "a40",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2025, 11, 1)
          )) AS DOUBLE PRECISION) AS "a41",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 5, 18)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 5, 25)
          )) AS DOUBLE PRECISION) AS "a42",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 5, 25)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS DOUBLE PRECISION) AS "a43",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 8)
          )) AS DOUBLE PRECISION) AS "a44",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 8)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 15)
          )) AS DOUBLE PRECISION) AS "a45",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 15)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 22)
          )) AS DOUBLE PRECISION) AS "a46",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 22)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 6, 29)
          )) AS DOUBLE PRECISION) AS "a47",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 6, 29)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 7, 6)
          )) AS DOUBLE PRECISION) AS "a48",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 7, 6)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 7, 13)
          )) AS DOUBLE PRECISION) AS "a49",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 7, 13)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 7, 20)
          )) AS DOUBLE PRECISION) AS "a50",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 7, 20)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 7, 27)
          )) AS DOUBLE PRECISION) AS "a51",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 7, 27)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 3)
          )) AS DOUBLE PRECISION) AS "a52",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 3)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 10)
          )) AS DOUBLE PRECISION) AS "a53",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 10)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 17)
          )) AS DOUBLE PRECISION) AS "a54",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 17)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 24)
          )) AS DOUBLE PRECISION) AS "a55",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 24)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 8, 31)
          )) AS DOUBLE PRECISION) AS "a56",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 8, 31)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 9, 7)
          )) AS DOUBLE PRECISION) AS "a57",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 9, 7)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 9, 14)
          )) AS DOUBLE PRECISION) AS "a58",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 9, 14)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 9, 21)
          )) AS DOUBLE PRECISION) AS "a59",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 9, 21)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 9, 28)
          )) AS DOUBLE PRECISION) AS "a60",
        CAST(COUNT(DISTINCT "t6"."v0") FILTER(WHERE
          "t6"."m2"
          AND (
            "t6"."v0" IS NOT NULL
          )
          AND (
            "t6"."_day" >= MAKE_DATE(2026, 9, 28)
          )
          AND (
            "t6"."_day" < MAKE_DATE(2026, 10, 5)
          )) AS DOUBLE PRECISION) AS "a61"
      FROM (
        SELECT
          DATE(TIMEZONE('America/Chicago', "t4"."closed_at")) AS "_day",
          TRIM(' 	
' FROM "t4"."lead_source") AS "_by",
          COALESCE("t4"."outcome" IN ('won'), FALSE) AS "m2",
          CASE
            WHEN (
              "t4"."customer_id" IS NOT NULL
            )
            AND (
              TRIM(' 	
' FROM "t4"."customer_id") <> ''
            )
            THEN TRIM(' 	
' FROM "t4"."customer_id")
            ELSE NULL
          END AS "v0"
        FROM "t3" AS "t4"
      ) AS "t6"
      GROUP BY
        1
    ) AS "t14"
  ) AS "t18"
) AS "t22"
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      4 AS "_branch",
      CAST(NULL AS DATE) AS "_day",
      CAST(NULL AS VARCHAR) AS "_by",
      "t13"."a0",
      "t13"."a1",
      "t13"."a2",
      "t13"."a3",
      "t13"."a4",
      "t13"."a5",
      "t13"."a6",
      "t13"."a7",
      "t13"."a8",
      "t13"."a9",
      "t13"."a10",
      "t13"."a11",
      "t13"."a12",
      "t13"."a13",
      "t13"."a14",
      "t13"."a15",
      "t13"."a16",
      "t13"."a17",
      "t13"."a18",
      "t13"."a19",
      "t13"."a20",
      "t13"."a21",
      "t13"."a22",
      "t13"."a23",
      "t13"."a24",
      "t13"."a25",
      "t13"."a26",
      "t13"."a27",
      "t13"."a28",
      "t13"."a29",
      "t13"."a30",
      "t13"."a31",
      "t13"."a32",
      "t13"."a33",
      "t13"."a34",
      "t13"."a35",
      "t13"."a36",
      "t13"."a37",
      "t13"."a38",
      "t13"."a39",
      "t13"."a40",
      "t13"."a41",
      "t13"."a42",
      "t13"."a43",
      "t13"."a44",
      "t13"."a45",
      "t13"."a46",
      "t13"."a47",
      "t13"."a48",
      "t13"."a49",
      "t13"."a50",
      "t13"."a51",
      "t13"."a52",
      "t13"."a53",
      "t13"."a54",
      "t13"."a55",
      "t13"."a56",
      "t13"."a57",
      "t13"."a58",
      "t13"."a59",
      "t13"."a60",
      "t13"."a61",
      "t13"."a62",
      "t13"."a63",
      "t13"."a64",
      "t13"."a65",
      "t13"."a66",
      "t13"."a67",
      "t13"."a68",
      "t13"."a69",
      "t13"."a70",
      "t13"."a71",
      "t13"."a72",
      "t13"."a73",
      "t13"."a74",
      "t13"."a75",
      "t13"."a76",
      "t13"."a77",
      "t13"."a78",
      "t13"."a79",
      "t13"."a80",
      "t13"."a81",
      "t13"."a82",
      "t13"."a83",
      "t13"."a84",
      "t13"."a85",
      "t13"."a86",
      "t13"."a87",
      "t13"."a88",
      "t13"."a89",
      "t13"."a90",
      "t13"."a91",
      "t13"."a92",
      "t13"."a93",
      "t13"."a94",
      "t13"."a95",
      "t13"."a96",
      "t13"."a97",
      "t13"."a98",
      "t13"."a99",
      "t13"."a100",
      "t13"."a101",
      "t13"."a102",
      "t13"."a103",
      "t13"."a104",
      "t13"."a105",
      "t13"."a106",
      "t13"."a107",
      "t13"."a108",
      "t13"."a109",
      "t13"."a110",
      "t13"."a111",
      "t13"."a112",
      "t13"."a113",
      "t13"."a114",
      "t13"."a115",
      "t13"."a116",
      "t13"."a117",
      "t13"."a118",
      "t13"."a119",
      "t13"."a120",
      "t13"."a121",
      "t13"."a122",
      "t13"."a123"
    FROM (
      SELECT
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 5)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 12)
          )) AS "a0",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 12)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 19)
          )) AS "a1",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 19)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 26)
          )) AS "a2",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 26)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 2)
          )) AS "a3",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 2)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 9)
          )) AS "a4",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 9)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a5",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 6)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 13)
          )) AS "a6",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 13)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 20)
          )) AS "a7",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 20)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 27)
          )) AS "a8",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 27)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 3)
          )) AS "a9",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 3)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 10)
          )) AS "a10",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 10)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 17)
          )) AS "a11",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a12",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a13",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a14",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a15",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a16",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a17",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 12, 1)
          )) AS "a18",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 12, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 1, 1)
          )) AS "a19",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 2, 1)
          )) AS "a20",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 2, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 3, 1)
          )) AS "a21",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 3, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 4, 1)
          )) AS "a22",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 4, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 5, 1)
          )) AS "a23",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a24",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 1)
          )) AS "a25",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 1)
          )) AS "a26",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 1)
          )) AS "a27",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 1)
          )) AS "a28",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 1)
          )) AS "a29",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2024, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2024, 12, 1)
          )) AS "a30",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2024, 12, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 1, 1)
          )) AS "a31",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 2, 1)
          )) AS "a32",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 2, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 3, 1)
          )) AS "a33",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 3, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 4, 1)
          )) AS "a34",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 4, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 5, 1)
          )) AS "a35",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 5, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 6, 1)
          )) AS "a36",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 7, 1)
          )) AS "a37",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 7, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 8, 1)
          )) AS "a38",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 8, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 9, 1)
          )) AS "a39",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 9, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 1)
          )) AS "a40",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 1)
          )) AS "a41",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 18)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 5, 25)
          )) AS "a42",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 25)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a43",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 8)
          )) AS "a44",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 8)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 15)
          )) AS "a45",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 15)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 22)
          )) AS "a46",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 22)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 29)
          )) AS "a47",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 29)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 6)
          )) AS "a48",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 6)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 13)
          )) AS "a49",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 13)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 20)
          )) AS "a50",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 20)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 27)
          )) AS "a51",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 27)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 3)
          )) AS "a52",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 3)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 10)
          )) AS "a53",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 10)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 17)
          )) AS "a54",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 17)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 24)
          )) AS "a55",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 24)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 31)
          )) AS "a56",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 31)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 7)
          )) AS "a57",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 7)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 14)
          )) AS "a58",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 14)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 21)
          )) AS "a59",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 21)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 28)
          )) AS "a60",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 28)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 5)
          )) AS "a61",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 5)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 12)
          )) AS "a62",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 12)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 19)
          )) AS "a63",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 19)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 26)
          )) AS "a64",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 26)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 2)
          )) AS "a65",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 2)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 9)
          )) AS "a66",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 9)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a67",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 6)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 13)
          )) AS "a68",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 13)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 20)
          )) AS "a69",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 20)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 27)
          )) AS "a70",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 27)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 3)
          )) AS "a71",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 3)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 10)
          )) AS "a72",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 10)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 17)
          )) AS "a73",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a74",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a75",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a76",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a77",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 16)
          )) AS "a78",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 16)
          )) AS "a79",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 12, 1)
          )) AS "a80",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 12, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 1, 1)
          )) AS "a81",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 2, 1)
          )) AS "a82",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 2, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 3, 1)
          )) AS "a83",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 3, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 4, 1)
          )) AS "a84",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 4, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 5, 1)
          )) AS "a85",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a86",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 1)
          )) AS "a87",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 1)
          )) AS "a88",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 1)
          )) AS "a89",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 1)
          )) AS "a90",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 11, 1)
          )) AS "a91",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2024, 11, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2024, 12, 1)
          )) AS "a92",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2024, 12, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 1, 1)
          )) AS "a93",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 1, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 2, 1)
          )) AS "a94",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 2, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 3, 1)
          )) AS "a95",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 3, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 4, 1)
          )) AS "a96",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 4, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 5, 1)
          )) AS "a97",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 5, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 6, 1)
          )) AS "a98",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 7, 1)
          )) AS "a99",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 7, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 8, 1)
          )) AS "a100",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 8, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 9, 1)
          )) AS "a101",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 9, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 10, 1)
          )) AS "a102",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2025, 10, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2025, 11, 1)
          )) AS "a103",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 18)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 5, 25)
          )) AS "a104",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 5, 25)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 1)
          )) AS "a105",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 1)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 8)
          )) AS "a106",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 8)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 15)
          )) AS "a107",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 15)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 22)
          )) AS "a108",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 22)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 6, 29)
          )) AS "a109",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 6, 29)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 6)
          )) AS "a110",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 6)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 13)
          )) AS "a111",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 13)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 20)
          )) AS "a112",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 20)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 7, 27)
          )) AS "a113",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 7, 27)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 3)
          )) AS "a114",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 3)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 10)
          )) AS "a115",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 10)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 17)
          )) AS "a116",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 17)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 24)
          )) AS "a117",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 24)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 8, 31)
          )) AS "a118",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 8, 31)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 7)
          )) AS "a119",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 7)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 14)
          )) AS "a120",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 14)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 21)
          )) AS "a121",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 21)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 9, 28)
          )) AS "a122",
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY
          "t7"."v0") FILTER(WHERE
          (
            "t7"."v0" IS NOT NULL
          )
          AND (
            "t7"."_day" >= MAKE_DATE(2026, 9, 28)
          )
          AND (
            "t7"."_day" < MAKE_DATE(2026, 10, 5)
          )) AS "a123"
      FROM (
        SELECT
          DATE(TIMEZONE('America/Chicago', "t2"."quoted_at")) AS "_day",
          CAST((
            CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t2"."quoted_at"))) AS DOUBLE PRECISION) - CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t2"."created_at"))) AS DOUBLE PRECISION)
          ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
        FROM (
          SELECT
            *
          FROM "crm"."opportunities" AS "t0"
          WHERE
            "t0"."quoted_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
            AND "t0"."quoted_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
        ) AS "t2"
      ) AS "t7"
    ) AS "t13"
  ) AS "t16"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        0 AS "_branch",
        "t12"."_day",
        "t12"."_by",
        "t12"."a0",
        "t12"."a1",
        "t12"."a2",
        "t12"."a3",
        CAST(NULL AS DOUBLE PRECISION) AS "a4",
        CAST(NULL AS DOUBLE PRECISION) AS "a5",
        CAST(NULL AS DOUBLE PRECISION) AS "a6",
        CAST(NULL AS DOUBLE PRECISION) AS "a7",
        CAST(NULL AS DOUBLE PRECISION) AS "a8",
        CAST(NULL AS DOUBLE PRECISION) AS "a9",
        CAST(NULL AS DOUBLE PRECISION) AS "a10",
        CAST(NULL AS DOUBLE PRECISION) AS "a11",
        CAST(NULL AS DOUBLE PRECISION) AS "a12",
        CAST(NULL AS DOUBLE PRECISION) AS "a13",
        CAST(NULL AS DOUBLE PRECISION) AS "a14",
        CAST(NULL AS DOUBLE PRECISION) AS "a15",
        CAST(NULL AS DOUBLE PRECISION) AS "a16",
        CAST(NULL AS DOUBLE PRECISION) AS "a17",
        CAST(NULL AS DOUBLE PRECISION) AS "a18",
        CAST(NULL AS DOUBLE PRECISION) AS "a19",
        CAST(NULL AS DOUBLE PRECISION) AS "a20",
        CAST(NULL AS DOUBLE PRECISION) AS "a21",
        CAST(NULL AS DOUBLE PRECISION) AS "a22",
        CAST(NULL AS DOUBLE PRECISION) AS "a23",
        CAST(NULL AS DOUBLE PRECISION) AS "a24",
        CAST(NULL AS DOUBLE PRECISION) AS "a25",
        CAST(NULL AS DOUBLE PRECISION) AS "a26",
        CAST(NULL AS DOUBLE PRECISION) AS "a27",
        CAST(NULL AS DOUBLE PRECISION) AS "a28",
        CAST(NULL AS DOUBLE PRECISION) AS "a29",
        CAST(NULL AS DOUBLE PRECISION) AS "a30",
        CAST(NULL AS DOUBLE PRECISION) AS "a31",
        CAST(NULL AS DOUBLE PRECISION) AS "a32",
        CAST(NULL AS DOUBLE PRECISION) AS "a33",
        CAST(NULL AS DOUBLE PRECISION) AS "a34",
        CAST(NULL AS DOUBLE PRECISION) AS "a35",
        CAST(NULL AS DOUBLE PRECISION) AS "a36",
        CAST(NULL AS DOUBLE PRECISION) AS "a37",
        CAST(NULL AS DOUBLE PRECISION) AS "a38",
        CAST(NULL AS DOUBLE PRECISION) AS "a39",
        CAST(NULL AS DOUBLE PRECISION) AS "a40",
        CAST(NULL AS DOUBLE PRECISION) AS "a41",
        CAST(NULL AS DOUBLE PRECISION) AS "a42",
        CAST(NULL AS DOUBLE PRECISION) AS "a43",
        CAST(NULL AS DOUBLE PRECISION) AS "a44",
        CAST(NULL AS DOUBLE PRECISION) AS "a45",
        CAST(NULL AS DOUBLE PRECISION) AS "a46",
        CAST(NULL AS DOUBLE PRECISION) AS "a47",
        CAST(NULL AS DOUBLE PRECISION) AS "a48",
        CAST(NULL AS DOUBLE PRECISION) AS "a49",
        CAST(NULL AS DOUBLE PRECISION) AS "a50",
        CAST(NULL AS DOUBLE PRECISION) AS "a51",
        CAST(NULL AS DOUBLE PRECISION) AS "a52",
        CAST(NULL AS DOUBLE PRECISION) AS "a53",
        CAST(NULL AS DOUBLE PRECISION) AS "a54",
        CAST(NULL AS DOUBLE PRECISION) AS "a55",
        CAST(NULL AS DOUBLE PRECISION) AS "a56",
        CAST(NULL AS DOUBLE PRECISION) AS "a57",
        CAST(NULL AS DOUBLE PRECISION) AS "a58",
        CAST(NULL AS DOUBLE PRECISION) AS "a59",
        CAST(NULL AS DOUBLE PRECISION) AS "a60",
        CAST(NULL AS DOUBLE PRECISION) AS "a61",
        CAST(NULL AS DOUBLE PRECISION) AS "a62",
        CAST(NULL AS DOUBLE PRECISION) AS "a63",
        CAST(NULL AS DOUBLE PRECISION) AS "a64",
        CAST(NULL AS DOUBLE PRECISION) AS "a65",
        CAST(NULL AS DOUBLE PRECISION) AS "a66",
        CAST(NULL AS DOUBLE PRECISION) AS "a67",
        CAST(NULL AS DOUBLE PRECISION) AS "a68",
        CAST(NULL AS DOUBLE PRECISION) AS "a69",
        CAST(NULL AS DOUBLE PRECISION) AS "a70",
        CAST(NULL AS DOUBLE PRECISION) AS "a71",
        CAST(NULL AS DOUBLE PRECISION) AS "a72",
        CAST(NULL AS DOUBLE PRECISION) AS "a73",
        CAST(NULL AS DOUBLE PRECISION) AS "a74",
        CAST(NULL AS DOUBLE PRECISION) AS "a75",
        CAST(NULL AS DOUBLE PRECISION) AS "a76",
        CAST(NULL AS DOUBLE PRECISION) AS "a77",
        CAST(NULL AS DOUBLE PRECISION) AS "a78",
        CAST(NULL AS DOUBLE PRECISION) AS "a79",
        CAST(NULL AS DOUBLE PRECISION) AS "a80",
        CAST(NULL AS DOUBLE PRECISION) AS "a81",
        CAST(NULL AS DOUBLE PRECISION) AS "a82",
        CAST(NULL AS DOUBLE PRECISION) AS "a83",
        CAST(NULL AS DOUBLE PRECISION) AS "a84",
        CAST(NULL AS DOUBLE PRECISION) AS "a85",
        CAST(NULL AS DOUBLE PRECISION) AS "a86",
        CAST(NULL AS DOUBLE PRECISION) AS "a87",
        CAST(NULL AS DOUBLE PRECISION) AS "a88",
        CAST(NULL AS DOUBLE PRECISION) AS "a89",
        CAST(NULL AS DOUBLE PRECISION) AS "a90",
        CAST(NULL AS DOUBLE PRECISION) AS "a91",
        CAST(NULL AS DOUBLE PRECISION) AS "a92",
        CAST(NULL AS DOUBLE PRECISION) AS "a93",
        CAST(NULL AS DOUBLE PRECISION) AS "a94",
        CAST(NULL AS DOUBLE PRECISION) AS "a95",
        CAST(NULL AS DOUBLE PRECISION) AS "a96",
        CAST(NULL AS DOUBLE PRECISION) AS "a97",
        CAST(NULL AS DOUBLE PRECISION) AS "a98",
        CAST(NULL AS DOUBLE PRECISION) AS "a99",
        CAST(NULL AS DOUBLE PRECISION) AS "a100",
        CAST(NULL AS DOUBLE PRECISION) AS "a101",
        CAST(NULL AS DOUBLE PRECISION) AS "a102",
        CAST(NULL AS DOUBLE PRECISION) AS "a103",
        CAST(NULL AS DOUBLE PRECISION) AS "a104",
        CAST(NULL AS DOUBLE PRECISION) AS "a105",
        CAST(NULL AS DOUBLE PRECISION) AS "a106",
        CAST(NULL AS DOUBLE PRECISION) AS "a107",
        CAST(NULL AS DOUBLE PRECISION) AS "a108",
        CAST(NULL AS DOUBLE PRECISION) AS "a109",
        CAST(NULL AS DOUBLE PRECISION) AS "a110",
        CAST(NULL AS DOUBLE PRECISION) AS "a111",
        CAST(NULL AS DOUBLE PRECISION) AS "a112",
        CAST(NULL AS DOUBLE PRECISION) AS "a113",
        CAST(NULL AS DOUBLE PRECISION) AS "a114",
        CAST(NULL AS DOUBLE PRECISION) AS "a115",
        CAST(NULL AS DOUBLE PRECISION) AS "a116",
        CAST(NULL AS DOUBLE PRECISION) AS "a117",
        CAST(NULL AS DOUBLE PRECISION) AS "a118",
        CAST(NULL AS DOUBLE PRECISION) AS "a119",
        CAST(NULL AS DOUBLE PRECISION) AS "a120",
        CAST(NULL AS DOUBLE PRECISION) AS "a121",
        CAST(NULL AS DOUBLE PRECISION) AS "a122",
        CAST(NULL AS DOUBLE PRECISION) AS "a123"
      FROM (
        SELECT
          "t8"."_day",
          "t8"."_by",
          CAST(COUNT(*) AS DOUBLE PRECISION) AS "a0",
          CAST(COUNT("t8"."v0") FILTER(WHERE
            "t8"."v0" IS NOT NULL) AS DOUBLE PRECISION) AS "a1",
          SUM("t8"."v0") FILTER(WHERE
            "t8"."v0" IS NOT NULL) AS "a2",
          CAST(COUNT(*) FILTER(WHERE
            "t8"."m1") AS DOUBLE PRECISION) AS "a3"
        FROM (
          SELECT
            DATE(TIMEZONE('America/Chicago', "t1"."created_at")) AS "_day",
            TRIM(' 	
' FROM "t1"."lead_source") AS "_by",
            CAST("t1"."amount" AS DOUBLE PRECISION) AS "v0",
            COALESCE("t1"."outcome" IN ('won'), FALSE)
            AND (
              (
                DATE(TIMEZONE('America/Chicago', "t1"."closed_at")) IS NOT NULL
              )
              AND (
                CAST(EXTRACT(epoch FROM CAST(DATE(TIMEZONE('America/Chicago', "t1"."closed_at")) AS TIMESTAMP) - CAST(DATE(TIMEZONE('America/Chicago', "t1"."created_at")) AS TIMESTAMP)) / 86400 AS BIGINT) >= 0
              )
              AND (
                CAST(EXTRACT(epoch FROM CAST(DATE(TIMEZONE('America/Chicago', "t1"."closed_at")) AS TIMESTAMP) - CAST(DATE(TIMEZONE('America/Chicago', "t1"."created_at")) AS TIMESTAMP)) / 86400 AS BIGINT) <= 120
              )
            ) AS "m1"
          FROM (
            SELECT
              *
            FROM "crm"."opportunities" AS "t0"
            WHERE
              "t0"."created_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
              AND "t0"."created_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
          ) AS "t1"
        ) AS "t8"
        GROUP BY
          1,
          2
      ) AS "t12"
    ) AS "t15"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        1 AS "_branch",
        "t10"."_day",
        "t10"."_by",
        "t10"."a0",
        "t10"."a1",
        "t10"."a2",
        "t10"."a3",
        "t10"."a4",
        "t10"."a5",
        CAST(NULL AS DOUBLE PRECISION) AS "a6",
        CAST(NULL AS DOUBLE PRECISION) AS "a7",
        CAST(NULL AS DOUBLE PRECISION) AS "a8",
        CAST(NULL AS DOUBLE PRECISION) AS "a9",
        CAST(NULL AS DOUBLE PRECISION) AS "a10",
        CAST(NULL AS DOUBLE PRECISION) AS "a11",
        CAST(NULL AS DOUBLE PRECISION) AS "a12",
        CAST(NULL AS DOUBLE PRECISION) AS "a13",
        CAST(NULL AS DOUBLE PRECISION) AS "a14",
        CAST(NULL AS DOUBLE PRECISION) AS "a15",
        CAST(NULL AS DOUBLE PRECISION) AS "a16",
        CAST(NULL AS DOUBLE PRECISION) AS "a17",
        CAST(NULL AS DOUBLE PRECISION) AS "a18",
        CAST(NULL AS DOUBLE PRECISION) AS "a19",
        CAST(NULL AS DOUBLE PRECISION) AS "a20",
        CAST(NULL AS DOUBLE PRECISION) AS "a21",
        CAST(NULL AS DOUBLE PRECISION) AS "a22",
        CAST(NULL AS DOUBLE PRECISION) AS "a23",
        CAST(NULL AS DOUBLE PRECISION) AS "a24",
        CAST(NULL AS DOUBLE PRECISION) AS "a25",
        CAST(NULL AS DOUBLE PRECISION) AS "a26",
        CAST(NULL AS DOUBLE PRECISION) AS "a27",
        CAST(NULL AS DOUBLE PRECISION) AS "a28",
        CAST(NULL AS DOUBLE PRECISION) AS "a29",
        CAST(NULL AS DOUBLE PRECISION) AS "a30",
        CAST(NULL AS DOUBLE PRECISION) AS "a31",
        CAST(NULL AS DOUBLE PRECISION) AS "a32",
        CAST(NULL AS DOUBLE PRECISION) AS "a33",
        CAST(NULL AS DOUBLE PRECISION) AS "a34",
        CAST(NULL AS DOUBLE PRECISION) AS "a35",
        CAST(NULL AS DOUBLE PRECISION) AS "a36",
        CAST(NULL AS DOUBLE PRECISION) AS "a37",
        CAST(NULL AS DOUBLE PRECISION) AS "a38",
        CAST(NULL AS DOUBLE PRECISION) AS "a39",
        CAST(NULL AS DOUBLE PRECISION) AS "a40",
        CAST(NULL AS DOUBLE PRECISION) AS "a41",
        CAST(NULL AS DOUBLE PRECISION) AS "a42",
        CAST(NULL AS DOUBLE PRECISION) AS "a43",
        CAST(NULL AS DOUBLE PRECISION) AS "a44",
        CAST(NULL AS DOUBLE PRECISION) AS "a45",
        CAST(NULL AS DOUBLE PRECISION) AS "a46",
        CAST(NULL AS DOUBLE PRECISION) AS "a47",
        CAST(NULL AS DOUBLE PRECISION) AS "a48",
        CAST(NULL AS DOUBLE PRECISION) AS "a49",
        CAST(NULL AS DOUBLE PRECISION) AS "a50",
        CAST(NULL AS DOUBLE PRECISION) AS "a51",
        CAST(NULL AS DOUBLE PRECISION) AS "a52",
        CAST(NULL AS DOUBLE PRECISION) AS "a53",
        CAST(NULL AS DOUBLE PRECISION) AS "a54",
        CAST(NULL AS DOUBLE PRECISION) AS "a55",
        CAST(NULL AS DOUBLE PRECISION) AS "a56",
        CAST(NULL AS DOUBLE PRECISION) AS "a57",
        CAST(NULL AS DOUBLE PRECISION) AS "a58",
        CAST(NULL AS DOUBLE PRECISION) AS "a59",
        CAST(NULL AS DOUBLE PRECISION) AS "a60",
        CAST(NULL AS DOUBLE PRECISION) AS "a61",
        CAST(NULL AS DOUBLE PRECISION) AS "a62",
        CAST(NULL AS DOUBLE PRECISION) AS "a63",
        CAST(NULL AS DOUBLE PRECISION) AS "a64",
        CAST(NULL AS DOUBLE PRECISION) AS "a65",
        CAST(NULL AS DOUBLE PRECISION) AS "a66",
        CAST(NULL AS DOUBLE PRECISION) AS "a67",
        CAST(NULL AS DOUBLE PRECISION) AS "a68",
        CAST(NULL AS DOUBLE PRECISION) AS "a69",
        CAST(NULL AS DOUBLE PRECISION) AS "a70",
        CAST(NULL AS DOUBLE PRECISION) AS "a71",
        CAST(NULL AS DOUBLE PRECISION) AS "a72",
        CAST(NULL AS DOUBLE PRECISION) AS "a73",
        CAST(NULL AS DOUBLE PRECISION) AS "a74",
        CAST(NULL AS DOUBLE PRECISION) AS "a75",
        CAST(NULL AS DOUBLE PRECISION) AS "a76",
        CAST(NULL AS DOUBLE PRECISION) AS "a77",
        CAST(NULL AS DOUBLE PRECISION) AS "a78",
        CAST(NULL AS DOUBLE PRECISION) AS "a79",
        CAST(NULL AS DOUBLE PRECISION) AS "a80",
        CAST(NULL AS DOUBLE PRECISION) AS "a81",
        CAST(NULL AS DOUBLE PRECISION) AS "a82",
        CAST(NULL AS DOUBLE PRECISION) AS "a83",
        CAST(NULL AS DOUBLE PRECISION) AS "a84",
        CAST(NULL AS DOUBLE PRECISION) AS "a85",
        CAST(NULL AS DOUBLE PRECISION) AS "a86",
        CAST(NULL AS DOUBLE PRECISION) AS "a87",
        CAST(NULL AS DOUBLE PRECISION) AS "a88",
        CAST(NULL AS DOUBLE PRECISION) AS "a89",
        CAST(NULL AS DOUBLE PRECISION) AS "a90",
        CAST(NULL AS DOUBLE PRECISION) AS "a91",
        CAST(NULL AS DOUBLE PRECISION) AS "a92",
        CAST(NULL AS DOUBLE PRECISION) AS "a93",
        CAST(NULL AS DOUBLE PRECISION) AS "a94",
        CAST(NULL AS DOUBLE PRECISION) AS "a95",
        CAST(NULL AS DOUBLE PRECISION) AS "a96",
        CAST(NULL AS DOUBLE PRECISION) AS "a97",
        CAST(NULL AS DOUBLE PRECISION) AS "a98",
        CAST(NULL AS DOUBLE PRECISION) AS "a99",
        CAST(NULL AS DOUBLE PRECISION) AS "a100",
        CAST(NULL AS DOUBLE PRECISION) AS "a101",
        CAST(NULL AS DOUBLE PRECISION) AS "a102",
        CAST(NULL AS DOUBLE PRECISION) AS "a103",
        CAST(NULL AS DOUBLE PRECISION) AS "a104",
        CAST(NULL AS DOUBLE PRECISION) AS "a105",
        CAST(NULL AS DOUBLE PRECISION) AS "a106",
        CAST(NULL AS DOUBLE PRECISION) AS "a107",
        CAST(NULL AS DOUBLE PRECISION) AS "a108",
        CAST(NULL AS DOUBLE PRECISION) AS "a109",
        CAST(NULL AS DOUBLE PRECISION) AS "a110",
        CAST(NULL AS DOUBLE PRECISION) AS "a111",
        CAST(NULL AS DOUBLE PRECISION) AS "a112",
        CAST(NULL AS DOUBLE PRECISION) AS "a113",
        CAST(NULL AS DOUBLE PRECISION) AS "a114",
        CAST(NULL AS DOUBLE PRECISION) AS "a115",
        CAST(NULL AS DOUBLE PRECISION) AS "a116",
        CAST(NULL AS DOUBLE PRECISION) AS "a117",
        CAST(NULL AS DOUBLE PRECISION) AS "a118",
        CAST(NULL AS DOUBLE PRECISION) AS "a119",
        CAST(NULL AS DOUBLE PRECISION) AS "a120",
        CAST(NULL AS DOUBLE PRECISION) AS "a121",
        CAST(NULL AS DOUBLE PRECISION) AS "a122",
        CAST(NULL AS DOUBLE PRECISION) AS "a123"
      FROM (
        SELECT
          "t5"."_day",
          "t5"."_by",
          CAST(COUNT(*) FILTER(WHERE
            "t5"."m2") AS DOUBLE PRECISION) AS "a0",
          CAST(COUNT("t5"."v0") FILTER(WHERE
            "t5"."m2" AND (
              "t5"."v0" IS NOT NULL
            )) AS DOUBLE PRECISION) AS "a1",
          SUM("t5"."v0") FILTER(WHERE
            "t5"."m2" AND (
              "t5"."v0" IS NOT NULL
            )) AS "a2",
          CAST(COUNT("t5"."v1") FILTER(WHERE
            "t5"."m2" AND (
              "t5"."v1" IS NOT NULL
            )) AS DOUBLE PRECISION) AS "a3",
          SUM("t5"."v1") FILTER(WHERE
            "t5"."m2" AND (
              "t5"."v1" IS NOT NULL
            )) AS "a4",
          CAST(COUNT(*) FILTER(WHERE
            "t5"."m3") AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            DATE(TIMEZONE('America/Chicago', "t4"."closed_at")) AS "_day",
            TRIM(' 	
' FROM "t4"."lead_source") AS "_by",
            COALESCE("t4"."outcome" IN ('won'), FALSE) AS "m2",
            CAST("t4"."amount" AS DOUBLE PRECISION) AS "v0",
            CAST("t4"."gross_margin" AS DOUBLE PRECISION) AS "v1",
            COALESCE("t4"."outcome" IN ('lost'), FALSE) AS "m3"
          FROM "t3" AS "t4"
        ) AS "t5"
        GROUP BY
          1,
          2
      ) AS "t10"
    ) AS "t11"
  ) AS "t17"
) AS "t20"

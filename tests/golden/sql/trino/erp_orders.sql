SELECT
  *
FROM (
  SELECT
    0 AS "_branch",
    "t3"."_day",
    CAST(NULL AS VARCHAR) AS "_by",
    "t3"."a0",
    "t3"."a1",
    "t3"."a2",
    "t3"."a3",
    "t3"."a4",
    "t3"."a5",
    "t3"."a6",
    "t3"."a7",
    "t3"."a8",
    "t3"."a9",
    "t3"."a10",
    "t3"."a11",
    "t3"."a12",
    "t3"."a13",
    "t3"."a14",
    CAST(NULL AS DOUBLE) AS "a15",
    CAST(NULL AS DOUBLE) AS "a16",
    CAST(NULL AS DOUBLE) AS "a17",
    CAST(NULL AS DOUBLE) AS "a18",
    CAST(NULL AS DOUBLE) AS "a19",
    CAST(NULL AS DOUBLE) AS "a20",
    CAST(NULL AS DOUBLE) AS "a21",
    CAST(NULL AS DOUBLE) AS "a22",
    CAST(NULL AS DOUBLE) AS "a23",
    CAST(NULL AS DOUBLE) AS "a24",
    CAST(NULL AS DOUBLE) AS "a25",
    CAST(NULL AS DOUBLE) AS "a26",
    CAST(NULL AS DOUBLE) AS "a27",
    CAST(NULL AS DOUBLE) AS "a28",
    CAST(NULL AS DOUBLE) AS "a29",
    CAST(NULL AS DOUBLE) AS "a30",
    CAST(NULL AS DOUBLE) AS "a31",
    CAST(NULL AS DOUBLE) AS "a32",
    CAST(NULL AS DOUBLE) AS "a33",
    CAST(NULL AS DOUBLE) AS "a34",
    CAST(NULL AS DOUBLE) AS "a35",
    CAST(NULL AS DOUBLE) AS "a36",
    CAST(NULL AS DOUBLE) AS "a37",
    CAST(NULL AS DOUBLE) AS "a38",
    CAST(NULL AS DOUBLE) AS "a39",
    CAST(NULL AS DOUBLE) AS "a40",
    CAST(NULL AS DOUBLE) AS "a41",
    CAST(NULL AS DOUBLE) AS "a42",
    CAST(NULL AS DOUBLE) AS "a43",
    CAST(NULL AS DOUBLE) AS "a44",
    CAST(NULL AS DOUBLE) AS "a45",
    CAST(NULL AS DOUBLE) AS "a46",
    CAST(NULL AS DOUBLE) AS "a47",
    CAST(NULL AS DOUBLE) AS "a48",
    CAST(NULL AS DOUBLE) AS "a49",
    CAST(NULL AS DOUBLE) AS "a50",
    CAST(NULL AS DOUBLE) AS "a51",
    CAST(NULL AS DOUBLE) AS "a52",
    CAST(NULL AS DOUBLE) AS "a53",
    CAST(NULL AS DOUBLE) AS "a54",
    CAST(NULL AS DOUBLE) AS "a55",
    CAST(NULL AS DOUBLE) AS "a56",
    CAST(NULL AS DOUBLE) AS "a57",
    CAST(NULL AS DOUBLE) AS "a58",
    CAST(NULL AS DOUBLE) AS "a59",
    CAST(NULL AS DOUBLE) AS "a60",
    CAST(NULL AS DOUBLE) AS "a61"
  FROM (
    SELECT
      "t1"."_day",
      CAST(COUNT(*) AS DOUBLE) AS "a0",
      CAST(COUNT("t1"."v0") FILTER(WHERE
        "t1"."v0" IS NOT NULL) AS DOUBLE) AS "a1",
      SUM("t1"."v0") FILTER(WHERE
        "t1"."v0" IS NOT NULL) AS "a2",
      CAST(COUNT("t1"."v1") FILTER(WHERE
        "t1"."v1" IS NOT NULL) AS DOUBLE) AS "a3",
      SUM("t1"."v1") FILTER(WHERE
        "t1"."v1" IS NOT NULL) AS "a4",
      CAST(COUNT("t1"."v2") FILTER(WHERE
        "t1"."v2" IS NOT NULL) AS DOUBLE) AS "a5",
      SUM("t1"."v2") FILTER(WHERE
        "t1"."v2" IS NOT NULL) AS "a6",
      CAST(COUNT("t1"."v3") FILTER(WHERE
        "t1"."v3" IS NOT NULL) AS DOUBLE) AS "a7",
      SUM("t1"."v3") FILTER(WHERE
        "t1"."v3" IS NOT NULL) AS "a8",
      CAST(COUNT("t1"."v4") FILTER(WHERE
        "t1"."v4" IS NOT NULL) AS DOUBLE) AS "a9",
      SUM("t1"."v4") FILTER(WHERE
        "t1"."v4" IS NOT NULL) AS "a10",
      CAST(COUNT("t1"."v5") FILTER(WHERE
        "t1"."v5" IS NOT NULL) AS DOUBLE) AS "a11",
      SUM("t1"."v5") FILTER(WHERE
        "t1"."v5" IS NOT NULL) AS "a12",
      CAST(COUNT("t1"."v6") FILTER(WHERE
        "t1"."v6" IS NOT NULL) AS DOUBLE) AS "a13",
      SUM("t1"."v6") FILTER(WHERE
        "t1"."v6" IS NOT NULL) AS "a14"
    FROM (
      SELECT
        "t0"."shipped_on" AS "_day",
        CAST("t0"."wrong_part" AS DOUBLE) AS "v0",
        CAST("t0"."incomplete" AS DOUBLE) AS "v1",
        CAST("t0"."not_invoiced" AS DOUBLE) AS "v2",
        CAST("t0"."wrong_address" AS DOUBLE) AS "v3",
        CAST("t0"."dropped_backorder" AS DOUBLE) AS "v4",
        CAST("t0"."order_value" AS DOUBLE) AS "v5",
        CAST("t0"."gross_margin" AS DOUBLE) AS "v6"
      FROM "erp"."orders" AS "t0"
      WHERE
        "t0"."shipped_on" >= FROM_ISO8601_DATE('2024-11-01')
        AND "t0"."shipped_on" <= FROM_ISO8601_DATE('2026-11-15')
    ) AS "t1"
    GROUP BY
      1
  ) AS "t3"
) AS "t4"
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS "_branch",
    CAST(NULL AS DATE) AS "_day",
    CAST(NULL AS VARCHAR) AS "_by",
    "t5"."a0",
    "t5"."a1",
    "t5"."a2",
    "t5"."a3",
    "t5"."a4",
    "t5"."a5",
    "t5"."a6",
    "t5"."a7",
    "t5"."a8",
    "t5"."a9",
    "t5"."a10",
    "t5"."a11",
    "t5"."a12",
    "t5"."a13",
    "t5"."a14",
    "t5"."a15",
    "t5"."a16",
    "t5"."a17",
    "t5"."a18",
    "t5"."a19",
    "t5"."a20",
    "t5"."a21",
    "t5"."a22",
    "t5"."a23",
    "t5"."a24",
    "t5"."a25",
    "t5"."a26",
    "t5"."a27",
    "t5"."a28",
    "t5"."a29",
    "t5"."a30",
    "t5"."a31",
    "t5"."a32",
    "t5"."a33",
    "t5"."a34",
    "t5"."a35",
    "t5"."a36",
    "t5"."a37",
    "t5"."a38",
    "t5"."a39",
    "t5"."a40",
    "t5"."a41",
    "t5"."a42",
    "t5"."a43",
    "t5"."a44",
    "t5"."a45",
    "t5"."a46",
    "t5"."a47",
    "t5"."a48",
    "t5"."a49",
    "t5"."a50",
    "t5"."a51",
    "t5"."a52",
    "t5"."a53",
    "t5"."a54",
    "t5"."a55",
    "t5"."a56",
    "t5"."a57",
    "t5"."a58",
    "t5"."a59",
    "t5"."a60",
    "t5"."a61"
  FROM (
    SELECT
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-05')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-10-12')
        )) AS DOUBLE) AS "a0",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-12')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-10-19')
        )) AS DOUBLE) AS "a1",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-19')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-10-26')
        )) AS DOUBLE) AS "a2",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-26')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-02')
        )) AS DOUBLE) AS "a3",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-11-02')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-09')
        )) AS DOUBLE) AS "a4",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-11-09')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-16')
        )) AS DOUBLE) AS "a5",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-06')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-10-13')
        )) AS DOUBLE) AS "a6",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-13')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-10-20')
        )) AS DOUBLE) AS "a7",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-20')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-10-27')
        )) AS DOUBLE) AS "a8",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-27')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-03')
        )) AS DOUBLE) AS "a9",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-11-03')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-10')
        )) AS DOUBLE) AS "a10",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-11-10')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-17')
        )) AS DOUBLE) AS "a11",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-11-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-16')
        )) AS DOUBLE) AS "a12",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-11-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-16')
        )) AS DOUBLE) AS "a13",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-16')
        )) AS DOUBLE) AS "a14",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-16')
        )) AS DOUBLE) AS "a15",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-01-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-16')
        )) AS DOUBLE) AS "a16",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-01-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-16')
        )) AS DOUBLE) AS "a17",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-11-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-12-01')
        )) AS DOUBLE) AS "a18",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-12-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-01-01')
        )) AS DOUBLE) AS "a19",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-01-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-02-01')
        )) AS DOUBLE) AS "a20",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-02-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-03-01')
        )) AS DOUBLE) AS "a21",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-03-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-04-01')
        )) AS DOUBLE) AS "a22",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-04-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-05-01')
        )) AS DOUBLE) AS "a23",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-05-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-01')
        )) AS DOUBLE) AS "a24",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-07-01')
        )) AS DOUBLE) AS "a25",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-07-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-01')
        )) AS DOUBLE) AS "a26",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-09-01')
        )) AS DOUBLE) AS "a27",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-09-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-10-01')
        )) AS DOUBLE) AS "a28",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-10-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-11-01')
        )) AS DOUBLE) AS "a29",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2024-11-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2024-12-01')
        )) AS DOUBLE) AS "a30",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2024-12-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-01-01')
        )) AS DOUBLE) AS "a31",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-01-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-02-01')
        )) AS DOUBLE) AS "a32",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-02-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-03-01')
        )) AS DOUBLE) AS "a33",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-03-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-04-01')
        )) AS DOUBLE) AS "a34",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-04-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-05-01')
        )) AS DOUBLE) AS "a35",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-05-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-06-01')
        )) AS DOUBLE) AS "a36",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-06-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-07-01')
        )) AS DOUBLE) AS "a37",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-07-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-08-01')
        )) AS DOUBLE) AS "a38",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-08-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-09-01')
        )) AS DOUBLE) AS "a39",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-09-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-10-01')
        )) AS DOUBLE) AS "a40",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2025-10-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2025-11-01')
        )) AS DOUBLE) AS "a41",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-05-18')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-05-25')
        )) AS DOUBLE) AS "a42",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-05-25')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-01')
        )) AS DOUBLE) AS "a43",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-01')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-08')
        )) AS DOUBLE) AS "a44",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-08')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-15')
        )) AS DOUBLE) AS "a45",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-15')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-22')
        )) AS DOUBLE) AS "a46",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-22')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-06-29')
        )) AS DOUBLE) AS "a47",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-06-29')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-07-06')
        )) AS DOUBLE) AS "a48",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-07-06')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-07-13')
        )) AS DOUBLE) AS "a49",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-07-13')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-07-20')
        )) AS DOUBLE) AS "a50",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-07-20')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-07-27')
        )) AS DOUBLE) AS "a51",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-07-27')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-03')
        )) AS DOUBLE) AS "a52",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-03')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-10')
        )) AS DOUBLE) AS "a53",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-10')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-17')
        )) AS DOUBLE) AS "a54",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-17')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-24')
        )) AS DOUBLE) AS "a55",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-24')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-08-31')
        )) AS DOUBLE) AS "a56",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-08-31')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-09-07')
        )) AS DOUBLE) AS "a57",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-09-07')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-09-14')
        )) AS DOUBLE) AS "a58",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-09-14')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-09-21')
        )) AS DOUBLE) AS "a59",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-09-21')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-09-28')
        )) AS DOUBLE) AS "a60",
      CAST(COUNT(DISTINCT "t2"."v0") FILTER(WHERE
        (
          "t2"."v0" IS NOT NULL
        )
        AND (
          "t2"."_day" >= FROM_ISO8601_DATE('2026-09-28')
        )
        AND (
          "t2"."_day" < FROM_ISO8601_DATE('2026-10-05')
        )) AS DOUBLE) AS "a61"
    FROM (
      SELECT
        "t0"."shipped_on" AS "_day",
        IF(
          (
            "t0"."customer_id" IS NOT NULL
          )
          AND (
            TRIM(' 	
' FROM "t0"."customer_id") <> ''
          ),
          TRIM(' 	
' FROM "t0"."customer_id"),
          NULL
        ) AS "v0"
      FROM "erp"."orders" AS "t0"
      WHERE
        "t0"."shipped_on" >= FROM_ISO8601_DATE('2024-11-01')
        AND "t0"."shipped_on" <= FROM_ISO8601_DATE('2026-11-15')
    ) AS "t2"
  ) AS "t5"
) AS "t6"

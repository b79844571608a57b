SELECT
  *
FROM (
  SELECT
    0 AS "_branch",
    "t5"."_day",
    "t5"."_by",
    "t5"."a0",
    "t5"."a1"
  FROM (
    SELECT
      "t3"."_day",
      "t3"."_by",
      CAST(COUNT(*) AS DOUBLE) AS "a0",
      CAST(COUNT(*) FILTER(WHERE
        "t3"."m1") AS DOUBLE) AS "a1"
    FROM (
      SELECT
        DATE(TIMEZONE('America/Chicago', "t1"."created_at")) AS "_day",
        TRIM(' 	
' FROM "t1"."lead_source") AS "_by",
        (
          DATE(TIMEZONE('America/Chicago', "t1"."meeting_at")) IS NOT NULL
        )
        AND (
          DATE_DIFF(
            'DAY',
            DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t1"."created_at"))),
            DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t1"."meeting_at")))
          ) >= 0
        )
        AND (
          DATE_DIFF(
            'DAY',
            DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t1"."created_at"))),
            DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t1"."meeting_at")))
          ) <= 14
        ) AS "m1"
      FROM (
        SELECT
          *
        FROM "crm"."leads" AS "t0"
        WHERE
          "t0"."created_at" >= CAST(FROM_ISO8601_TIMESTAMP('2024-10-31T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
          AND "t0"."created_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-11-17T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
      ) AS "t1"
    ) AS "t3"
    GROUP BY
      1,
      2
  ) AS "t5"
) AS "t7"
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS "_branch",
    "t6"."_day",
    "t6"."_by",
    "t6"."a0",
    "t6"."a1"
  FROM (
    SELECT
      "t4"."_day",
      "t4"."_by",
      CAST(COUNT(*) FILTER(WHERE
        "t4"."m2") AS DOUBLE) AS "a0",
      CAST(COUNT(*) FILTER(WHERE
        "t4"."m3") AS DOUBLE) AS "a1"
    FROM (
      SELECT
        DATE(TIMEZONE('America/Chicago', "t2"."meeting_at")) AS "_day",
        TRIM(' 	
' FROM "t2"."lead_source") AS "_by",
        "t2"."meeting_at" IS NOT NULL AS "m2",
        (
          "t2"."meeting_at" IS NOT NULL
        )
        AND (
          (
            DATE(TIMEZONE('America/Chicago', "t2"."qualified_at")) IS NOT NULL
          )
          AND (
            DATE_DIFF(
              'DAY',
              DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t2"."meeting_at"))),
              DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t2"."qualified_at")))
            ) >= 0
          )
          AND (
            DATE_DIFF(
              'DAY',
              DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t2"."meeting_at"))),
              DATE_TRUNC('DAY', DATE(TIMEZONE('America/Chicago', "t2"."qualified_at")))
            ) <= 30
          )
        ) AS "m3"
      FROM (
        SELECT
          *
        FROM "crm"."leads" AS "t0"
        WHERE
          "t0"."meeting_at" >= CAST(FROM_ISO8601_TIMESTAMP('2024-10-31T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
          AND "t0"."meeting_at" < CAST(FROM_ISO8601_TIMESTAMP('2026-11-17T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
      ) AS "t2"
    ) AS "t4"
    GROUP BY
      1,
      2
  ) AS "t6"
) AS "t8"

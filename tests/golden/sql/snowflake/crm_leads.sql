SELECT
  *
FROM (
  SELECT
    0 AS "_branch",
    "t7"."_at",
    "t7"."_by",
    CAST("t7"."a0" AS DOUBLE) AS "a0",
    CAST("t7"."a1" AS DOUBLE) AS "a1"
  FROM (
    SELECT
      "t5"."_at",
      "t5"."_by",
      SUM("t5"."_n") AS "a0",
      SUM(IFF((
        BITAND("t5"."_b0", 1)
      ) = 1, "t5"."_n", NULL)) AS "a1"
    FROM (
      SELECT
        "t3"."_at",
        "t3"."_by",
        "t3"."_b0",
        COUNT(*) AS "_n"
      FROM (
        SELECT
          "t1"."_at",
          "t1"."_by",
          IFF(
            (
              (
                "t1"."e0" - "t1"."_at"
              ) >= 0
            )
            AND (
              (
                "t1"."e0" - "t1"."_at"
              ) <= 14
            ),
            1,
            0
          ) AS "_b0"
        FROM (
          SELECT
            CAST(FLOOR(
              (
                (
                  CAST(DATE_PART('epoch', "t0"."created_at") AS DOUBLE) + CASE
                    WHEN "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2024, 11, 3, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    WHEN "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 3, 9, 8, 0, 0, 0, 'UTC')
                    THEN -21600
                    WHEN "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 11, 2, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    WHEN "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 3, 8, 8, 0, 0, 0, 'UTC')
                    THEN -21600
                    WHEN "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 1, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    ELSE -21600
                  END
                ) - 1730419200
              ) / 86400
            ) AS BIGINT) AS "_at",
            TRIM("t0"."lead_source", ' \t\n\r\f') AS "_by",
            CASE
              WHEN (
                "t0"."meeting_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 30, 0, 0, 0, 0, 'UTC')
              )
              AND (
                "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 12, 18, 0, 0, 0, 0, 'UTC')
              )
              THEN CAST(FLOOR(
                (
                  (
                    CAST(DATE_PART('epoch', "t0"."meeting_at") AS DOUBLE) + CASE
                      WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2024, 11, 3, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 3, 9, 8, 0, 0, 0, 'UTC')
                      THEN -21600
                      WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 11, 2, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 3, 8, 8, 0, 0, 0, 'UTC')
                      THEN -21600
                      WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 1, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      ELSE -21600
                    END
                  ) - 1730419200
                ) / 86400
              ) AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END AS "e0"
          FROM "crm"."leads" AS "t0"
          WHERE
            "t0"."created_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 31, 0, 0, 0, 0, 'UTC')
            AND "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 17, 0, 0, 0, 0, 'UTC')
            AND 0 = 0
        ) AS "t1"
      ) AS "t3"
      GROUP BY
        1,
        2,
        3
    ) AS "t5"
    GROUP BY
      1,
      2
  ) AS "t7"
) AS "t9"
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS "_branch",
    "t8"."_at",
    "t8"."_by",
    CAST("t8"."a0" AS DOUBLE) AS "a0",
    CAST("t8"."a1" AS DOUBLE) AS "a1"
  FROM (
    SELECT
      "t6"."_at",
      "t6"."_by",
      SUM(IFF((
        BITAND("t6"."_b0", 1)
      ) = 1, "t6"."_n", NULL)) AS "a0",
      SUM(IFF((
        BITAND("t6"."_b0", 3)
      ) = 3, "t6"."_n", NULL)) AS "a1"
    FROM (
      SELECT
        "t4"."_at",
        "t4"."_by",
        "t4"."_b0",
        COUNT(*) AS "_n"
      FROM (
        SELECT
          "t2"."_at",
          "t2"."_by",
          "t2"."_b0" + IFF(
            (
              (
                "t2"."e0" - "t2"."_at"
              ) >= 0
            )
            AND (
              (
                "t2"."e0" - "t2"."_at"
              ) <= 30
            ),
            2,
            0
          ) AS "_b0"
        FROM (
          SELECT
            CAST(FLOOR(
              (
                (
                  CAST(DATE_PART('epoch', "t0"."meeting_at") AS DOUBLE) + CASE
                    WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2024, 11, 3, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 3, 9, 8, 0, 0, 0, 'UTC')
                    THEN -21600
                    WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 11, 2, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 3, 8, 8, 0, 0, 0, 'UTC')
                    THEN -21600
                    WHEN "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 1, 7, 0, 0, 0, 'UTC')
                    THEN -18000
                    ELSE -21600
                  END
                ) - 1730419200
              ) / 86400
            ) AS BIGINT) AS "_at",
            TRIM("t0"."lead_source", ' \t\n\r\f') AS "_by",
            CASE
              WHEN (
                "t0"."qualified_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 30, 0, 0, 0, 0, 'UTC')
              )
              AND (
                "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 12, 18, 0, 0, 0, 0, 'UTC')
              )
              THEN CAST(FLOOR(
                (
                  (
                    CAST(DATE_PART('epoch', "t0"."qualified_at") AS DOUBLE) + CASE
                      WHEN "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2024, 11, 3, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      WHEN "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 3, 9, 8, 0, 0, 0, 'UTC')
                      THEN -21600
                      WHEN "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2025, 11, 2, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      WHEN "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 3, 8, 8, 0, 0, 0, 'UTC')
                      THEN -21600
                      WHEN "t0"."qualified_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 1, 7, 0, 0, 0, 'UTC')
                      THEN -18000
                      ELSE -21600
                    END
                  ) - 1730419200
                ) / 86400
              ) AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END AS "e0",
            IFF("t0"."meeting_at" IS NOT NULL, 1, 0) AS "_b0"
          FROM "crm"."leads" AS "t0"
          WHERE
            "t0"."meeting_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 31, 0, 0, 0, 0, 'UTC')
            AND "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 17, 0, 0, 0, 0, 'UTC')
            AND 1 = 1
        ) AS "t2"
      ) AS "t4"
      GROUP BY
        1,
        2,
        3
    ) AS "t6"
    GROUP BY
      1,
      2
  ) AS "t8"
) AS "t10"

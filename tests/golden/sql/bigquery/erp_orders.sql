SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      4 AS `_branch`,
      `t17`.`_at`,
      CAST(NULL AS STRING) AS `_by`,
      CAST(`t17`.`a0` AS FLOAT64) AS `a0`,
      CAST(NULL AS FLOAT64) AS `a1`,
      CAST(NULL AS FLOAT64) AS `a2`,
      CAST(NULL AS FLOAT64) AS `a3`,
      CAST(NULL AS FLOAT64) AS `a4`,
      CAST(NULL AS FLOAT64) AS `a5`,
      CAST(NULL AS FLOAT64) AS `a6`,
      CAST(NULL AS FLOAT64) AS `a7`,
      CAST(NULL AS FLOAT64) AS `a8`,
      CAST(NULL AS FLOAT64) AS `a9`,
      CAST(NULL AS FLOAT64) AS `a10`,
      CAST(NULL AS FLOAT64) AS `a11`,
      CAST(NULL AS FLOAT64) AS `a12`,
      CAST(NULL AS FLOAT64) AS `a13`,
      CAST(NULL AS FLOAT64) AS `a14`
    FROM (
      SELECT
        `t12`.`_span` AS `_at`,
        COUNT(
          DISTINCT IF((
            `t12`.`_span` IS NOT NULL
          ) AND (
            `t12`.`v0` IS NOT NULL
          ), `t12`.`v0`, NULL)
        ) AS `a0`
      FROM (
        SELECT
          `t2`.`_at`,
          `t2`.`v0`,
          CASE
            WHEN `t2`.`_at` < 367
            THEN CASE
              WHEN `t2`.`_at` < 346
              THEN CASE WHEN `t2`.`_at` < 339 THEN CAST(NULL AS INT64) ELSE 6 END
              ELSE CASE
                WHEN `t2`.`_at` < 353
                THEN 7
                ELSE CASE WHEN `t2`.`_at` < 360 THEN 8 ELSE 9 END
              END
            END
            ELSE CASE
              WHEN `t2`.`_at` < 381
              THEN CASE WHEN `t2`.`_at` < 374 THEN 10 ELSE 11 END
              ELSE CASE
                WHEN `t2`.`_at` < 699
                THEN CAST(NULL AS INT64)
                ELSE CASE WHEN `t2`.`_at` < 745 THEN 14 ELSE CAST(NULL AS INT64) END
              END
            END
          END AS `_span`
        FROM (
          SELECT
            DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
            IF(
              (
                `t0`.`customer_id` IS NOT NULL
              )
              AND (
                TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
              ),
              TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
              NULL
            ) AS `v0`
          FROM `erp`.`orders` AS `t0`
          WHERE
            `t0`.`shipped_on` >= DATE(2025, 10, 6)
            AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
            AND 4 = 4
        ) AS `t2`
      ) AS `t12`
      GROUP BY
        1
    ) AS `t17`
  ) AS `t22`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      5 AS `_branch`,
      `t15`.`_at`,
      CAST(NULL AS STRING) AS `_by`,
      CAST(`t15`.`a0` AS FLOAT64) AS `a0`,
      CAST(NULL AS FLOAT64) AS `a1`,
      CAST(NULL AS FLOAT64) AS `a2`,
      CAST(NULL AS FLOAT64) AS `a3`,
      CAST(NULL AS FLOAT64) AS `a4`,
      CAST(NULL AS FLOAT64) AS `a5`,
      CAST(NULL AS FLOAT64) AS `a6`,
      CAST(NULL AS FLOAT64) AS `a7`,
      CAST(NULL AS FLOAT64) AS `a8`,
      CAST(NULL AS FLOAT64) AS `a9`,
      CAST(NULL AS FLOAT64) AS `a10`,
      CAST(NULL AS FLOAT64) AS `a11`,
      CAST(NULL AS FLOAT64) AS `a12`,
      CAST(NULL AS FLOAT64) AS `a13`,
      CAST(NULL AS FLOAT64) AS `a14`
    FROM (
      SELECT
        `t9`.`_span` AS `_at`,
        COUNT(
          DISTINCT IF((
            `t9`.`_span` IS NOT NULL
          ) AND (
            `t9`.`v0` IS NOT NULL
          ), `t9`.`v0`, NULL)
        ) AS `a0`
      FROM (
        SELECT
          `t3`.`_at`,
          `t3`.`v0`,
          CASE
            WHEN `t3`.`_at` < 365
            THEN CAST(NULL AS INT64)
            ELSE CASE WHEN `t3`.`_at` < 395 THEN 18 ELSE CAST(NULL AS INT64) END
          END AS `_span`
        FROM (
          SELECT
            DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
            IF(
              (
                `t0`.`customer_id` IS NOT NULL
              )
              AND (
                TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
              ),
              TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
              NULL
            ) AS `v0`
          FROM `erp`.`orders` AS `t0`
          WHERE
            `t0`.`shipped_on` >= DATE(2025, 11, 1)
            AND `t0`.`shipped_on` <= DATE(2025, 11, 30)
            AND 5 = 5
        ) AS `t3`
      ) AS `t9`
      GROUP BY
        1
    ) AS `t15`
  ) AS `t19`
) AS `t24`
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        0 AS `_branch`,
        `t8`.`_at`,
        CAST(NULL AS STRING) AS `_by`,
        CAST(`t8`.`a0` AS FLOAT64) AS `a0`,
        CAST(`t8`.`a1` AS FLOAT64) AS `a1`,
        `t8`.`a2`,
        CAST(`t8`.`a3` AS FLOAT64) AS `a3`,
        `t8`.`a4`,
        CAST(`t8`.`a5` AS FLOAT64) AS `a5`,
        `t8`.`a6`,
        CAST(`t8`.`a7` AS FLOAT64) AS `a7`,
        `t8`.`a8`,
        CAST(`t8`.`a9` AS FLOAT64) AS `a9`,
        `t8`.`a10`,
        CAST(`t8`.`a11` AS FLOAT64) AS `a11`,
        `t8`.`a12`,
        CAST(`t8`.`a13` AS FLOAT64) AS `a13`,
        `t8`.`a14`
      FROM (
        SELECT
          `t7`.`_at`,
          SUM(`t7`.`_n`) AS `a0`,
          SUM(`t7`.`v0_n`) AS `a1`,
          SUM(`t7`.`v0_s`) AS `a2`,
          SUM(`t7`.`v1_n`) AS `a3`,
          SUM(`t7`.`v1_s`) AS `a4`,
          SUM(`t7`.`v2_n`) AS `a5`,
          SUM(`t7`.`v2_s`) AS `a6`,
          SUM(`t7`.`v3_n`) AS `a7`,
          SUM(`t7`.`v3_s`) AS `a8`,
          SUM(`t7`.`v4_n`) AS `a9`,
          SUM(`t7`.`v4_s`) AS `a10`,
          SUM(`t7`.`v5_n`) AS `a11`,
          SUM(`t7`.`v5_s`) AS `a12`,
          SUM(`t7`.`v6_n`) AS `a13`,
          SUM(`t7`.`v6_s`) AS `a14`
        FROM (
          SELECT
            `t1`.`_at`,
            COUNT(*) AS `_n`,
            COUNT(`t1`.`v0`) AS `v0_n`,
            SUM(`t1`.`v0`) AS `v0_s`,
            COUNT(`t1`.`v1`) AS `v1_n`,
            SUM(`t1`.`v1`) AS `v1_s`,
            COUNT(`t1`.`v2`) AS `v2_n`,
            SUM(`t1`.`v2`) AS `v2_s`,
            COUNT(`t1`.`v3`) AS `v3_n`,
            SUM(`t1`.`v3`) AS `v3_s`,
            COUNT(`t1`.`v4`) AS `v4_n`,
            SUM(`t1`.`v4`) AS `v4_s`,
            COUNT(`t1`.`v5`) AS `v5_n`,
            SUM(`t1`.`v5`) AS `v5_s`,
            COUNT(`t1`.`v6`) AS `v6_n`,
            SUM(`t1`.`v6`) AS `v6_s`
          FROM (
            SELECT
              DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
              CAST(`t0`.`wrong_part` AS FLOAT64) AS `v0`,
              CAST(`t0`.`incomplete` AS FLOAT64) AS `v1`,
              CAST(`t0`.`not_invoiced` AS FLOAT64) AS `v2`,
              CAST(`t0`.`wrong_address` AS FLOAT64) AS `v3`,
              CAST(`t0`.`dropped_backorder` AS FLOAT64) AS `v4`,
              CAST(`t0`.`order_value` AS FLOAT64) AS `v5`,
              CAST(`t0`.`gross_margin` AS FLOAT64) AS `v6`
            FROM `erp`.`orders` AS `t0`
            WHERE
              `t0`.`shipped_on` >= DATE(2024, 11, 1)
              AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
              AND 0 = 0
          ) AS `t1`
          GROUP BY
            1
        ) AS `t7`
        GROUP BY
          1
      ) AS `t8`
    ) AS `t11`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        1 AS `_branch`,
        `t20`.`_at`,
        CAST(NULL AS STRING) AS `_by`,
        CAST(`t20`.`a0` AS FLOAT64) AS `a0`,
        CAST(NULL AS FLOAT64) AS `a1`,
        CAST(NULL AS FLOAT64) AS `a2`,
        CAST(NULL AS FLOAT64) AS `a3`,
        CAST(NULL AS FLOAT64) AS `a4`,
        CAST(NULL AS FLOAT64) AS `a5`,
        CAST(NULL AS FLOAT64) AS `a6`,
        CAST(NULL AS FLOAT64) AS `a7`,
        CAST(NULL AS FLOAT64) AS `a8`,
        CAST(NULL AS FLOAT64) AS `a9`,
        CAST(NULL AS FLOAT64) AS `a10`,
        CAST(NULL AS FLOAT64) AS `a11`,
        CAST(NULL AS FLOAT64) AS `a12`,
        CAST(NULL AS FLOAT64) AS `a13`,
        CAST(NULL AS FLOAT64) AS `a14`
      FROM (
        SELECT
          `t14`.`_span` AS `_at`,
          COUNT(
            DISTINCT IF((
              `t14`.`_span` IS NOT NULL
            ) AND (
              `t14`.`v0` IS NOT NULL
            ), `t14`.`v0`, NULL)
          ) AS `a0`
        FROM (
          SELECT
            `t4`.`_at`,
            `t4`.`v0`,
            CASE
              WHEN `t4`.`_at` < 591
              THEN CASE
                WHEN `t4`.`_at` < 304
                THEN CASE
                  WHEN `t4`.`_at` < 120
                  THEN CASE
                    WHEN `t4`.`_at` < 30
                    THEN CASE WHEN `t4`.`_at` < 0 THEN CAST(NULL AS INT64) ELSE 30 END
                    ELSE CASE
                      WHEN `t4`.`_at` < 61
                      THEN 31
                      ELSE CASE WHEN `t4`.`_at` < 92 THEN 32 ELSE 33 END
                    END
                  END
                  ELSE CASE
                    WHEN `t4`.`_at` < 212
                    THEN CASE
                      WHEN `t4`.`_at` < 151
                      THEN 34
                      ELSE CASE WHEN `t4`.`_at` < 181 THEN 35 ELSE 36 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 242
                      THEN 37
                      ELSE CASE WHEN `t4`.`_at` < 273 THEN 38 ELSE 39 END
                    END
                  END
                END
                ELSE CASE
                  WHEN `t4`.`_at` < 457
                  THEN CASE
                    WHEN `t4`.`_at` < 380
                    THEN CASE
                      WHEN `t4`.`_at` < 334
                      THEN 40
                      ELSE CASE WHEN `t4`.`_at` < 365 THEN 41 ELSE 13 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 395
                      THEN CAST(NULL AS INT64)
                      ELSE CASE WHEN `t4`.`_at` < 426 THEN 19 ELSE 20 END
                    END
                  END
                  ELSE CASE
                    WHEN `t4`.`_at` < 546
                    THEN CASE
                      WHEN `t4`.`_at` < 485
                      THEN 21
                      ELSE CASE WHEN `t4`.`_at` < 516 THEN 22 ELSE 23 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 577
                      THEN 24
                      ELSE CASE WHEN `t4`.`_at` < 584 THEN 44 ELSE 45 END
                    END
                  END
                END
              END
              ELSE CASE
                WHEN `t4`.`_at` < 668
                THEN CASE
                  WHEN `t4`.`_at` < 626
                  THEN CASE
                    WHEN `t4`.`_at` < 605
                    THEN CASE WHEN `t4`.`_at` < 598 THEN 46 ELSE 47 END
                    ELSE CASE
                      WHEN `t4`.`_at` < 612
                      THEN 48
                      ELSE CASE WHEN `t4`.`_at` < 619 THEN 49 ELSE 50 END
                    END
                  END
                  ELSE CASE
                    WHEN `t4`.`_at` < 647
                    THEN CASE
                      WHEN `t4`.`_at` < 633
                      THEN 51
                      ELSE CASE WHEN `t4`.`_at` < 640 THEN 52 ELSE 53 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 654
                      THEN 54
                      ELSE CASE WHEN `t4`.`_at` < 661 THEN 55 ELSE 56 END
                    END
                  END
                END
                ELSE CASE
                  WHEN `t4`.`_at` < 710
                  THEN CASE
                    WHEN `t4`.`_at` < 689
                    THEN CASE
                      WHEN `t4`.`_at` < 675
                      THEN 57
                      ELSE CASE WHEN `t4`.`_at` < 682 THEN 58 ELSE 59 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 696
                      THEN 60
                      ELSE CASE WHEN `t4`.`_at` < 703 THEN 61 ELSE 0 END
                    END
                  END
                  ELSE CASE
                    WHEN `t4`.`_at` < 731
                    THEN CASE
                      WHEN `t4`.`_at` < 717
                      THEN 1
                      ELSE CASE WHEN `t4`.`_at` < 724 THEN 2 ELSE 3 END
                    END
                    ELSE CASE
                      WHEN `t4`.`_at` < 738
                      THEN 4
                      ELSE CASE WHEN `t4`.`_at` < 745 THEN 5 ELSE CAST(NULL AS INT64) END
                    END
                  END
                END
              END
            END AS `_span`
          FROM (
            SELECT
              DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
              IF(
                (
                  `t0`.`customer_id` IS NOT NULL
                )
                AND (
                  TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
                ),
                TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
                NULL
              ) AS `v0`
            FROM `erp`.`orders` AS `t0`
            WHERE
              `t0`.`shipped_on` >= DATE(2024, 11, 1)
              AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
              AND 1 = 1
          ) AS `t4`
        ) AS `t14`
        GROUP BY
          1
      ) AS `t20`
    ) AS `t26`
  ) AS `t27`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        2 AS `_branch`,
        `t16`.`_at`,
        CAST(NULL AS STRING) AS `_by`,
        CAST(`t16`.`a0` AS FLOAT64) AS `a0`,
        CAST(NULL AS FLOAT64) AS `a1`,
        CAST(NULL AS FLOAT64) AS `a2`,
        CAST(NULL AS FLOAT64) AS `a3`,
        CAST(NULL AS FLOAT64) AS `a4`,
        CAST(NULL AS FLOAT64) AS `a5`,
        CAST(NULL AS FLOAT64) AS `a6`,
        CAST(NULL AS FLOAT64) AS `a7`,
        CAST(NULL AS FLOAT64) AS `a8`,
        CAST(NULL AS FLOAT64) AS `a9`,
        CAST(NULL AS FLOAT64) AS `a10`,
        CAST(NULL AS FLOAT64) AS `a11`,
        CAST(NULL AS FLOAT64) AS `a12`,
        CAST(NULL AS FLOAT64) AS `a13`,
        CAST(NULL AS FLOAT64) AS `a14`
      FROM (
        SELECT
          `t10`.`_span` AS `_at`,
          COUNT(
            DISTINCT IF((
              `t10`.`_span` IS NOT NULL
            ) AND (
              `t10`.`v0` IS NOT NULL
            ), `t10`.`v0`, NULL)
          ) AS `a0`
        FROM (
          SELECT
            `t5`.`_at`,
            `t5`.`v0`,
            CASE
              WHEN `t5`.`_at` < 380
              THEN CASE WHEN `t5`.`_at` < 61 THEN CAST(NULL AS INT64) ELSE 17 END
              ELSE CASE
                WHEN `t5`.`_at` < 426
                THEN CAST(NULL AS INT64)
                ELSE CASE WHEN `t5`.`_at` < 745 THEN 16 ELSE CAST(NULL AS INT64) END
              END
            END AS `_span`
          FROM (
            SELECT
              DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
              IF(
                (
                  `t0`.`customer_id` IS NOT NULL
                )
                AND (
                  TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
                ),
                TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
                NULL
              ) AS `v0`
            FROM `erp`.`orders` AS `t0`
            WHERE
              `t0`.`shipped_on` >= DATE(2025, 1, 1)
              AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
              AND 2 = 2
          ) AS `t5`
        ) AS `t10`
        GROUP BY
          1
      ) AS `t16`
    ) AS `t21`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        3 AS `_branch`,
        `t18`.`_at`,
        CAST(NULL AS STRING) AS `_by`,
        CAST(`t18`.`a0` AS FLOAT64) AS `a0`,
        CAST(NULL AS FLOAT64) AS `a1`,
        CAST(NULL AS FLOAT64) AS `a2`,
        CAST(NULL AS FLOAT64) AS `a3`,
        CAST(NULL AS FLOAT64) AS `a4`,
        CAST(NULL AS FLOAT64) AS `a5`,
        CAST(NULL AS FLOAT64) AS `a6`,
        CAST(NULL AS FLOAT64) AS `a7`,
        CAST(NULL AS FLOAT64) AS `a8`,
        CAST(NULL AS FLOAT64) AS `a9`,
        CAST(NULL AS FLOAT64) AS `a10`,
        CAST(NULL AS FLOAT64) AS `a11`,
        CAST(NULL AS FLOAT64) AS `a12`,
        CAST(NULL AS FLOAT64) AS `a13`,
        CAST(NULL AS FLOAT64) AS `a14`
      FROM (
        SELECT
          `t13`.`_span` AS `_at`,
          COUNT(
            DISTINCT IF((
              `t13`.`_span` IS NOT NULL
            ) AND (
              `t13`.`v0` IS NOT NULL
            ), `t13`.`v0`, NULL)
          ) AS `a0`
        FROM (
          SELECT
            `t6`.`_at`,
            `t6`.`v0`,
            CASE
              WHEN `t6`.`_at` < 607
              THEN CASE
                WHEN `t6`.`_at` < 563
                THEN CASE
                  WHEN `t6`.`_at` < 334
                  THEN CAST(NULL AS INT64)
                  ELSE CASE WHEN `t6`.`_at` < 380 THEN 15 ELSE CAST(NULL AS INT64) END
                END
                ELSE CASE
                  WHEN `t6`.`_at` < 570
                  THEN 42
                  ELSE CASE WHEN `t6`.`_at` < 577 THEN 43 ELSE 25 END
                END
              END
              ELSE CASE
                WHEN `t6`.`_at` < 699
                THEN CASE
                  WHEN `t6`.`_at` < 638
                  THEN 26
                  ELSE CASE WHEN `t6`.`_at` < 669 THEN 27 ELSE 28 END
                END
                ELSE CASE
                  WHEN `t6`.`_at` < 730
                  THEN 29
                  ELSE CASE WHEN `t6`.`_at` < 745 THEN 12 ELSE CAST(NULL AS INT64) END
                END
              END
            END AS `_span`
          FROM (
            SELECT
              DATE_DIFF(`t0`.`shipped_on`, DATE(2024, 11, 1), DAY) AS `_at`,
              IF(
                (
                  `t0`.`customer_id` IS NOT NULL
                )
                AND (
                  TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
                ),
                TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
                NULL
              ) AS `v0`
            FROM `erp`.`orders` AS `t0`
            WHERE
              `t0`.`shipped_on` >= DATE(2025, 10, 1)
              AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
              AND 3 = 3
          ) AS `t6`
        ) AS `t13`
        GROUP BY
          1
      ) AS `t18`
    ) AS `t23`
  ) AS `t25`
) AS `t28`

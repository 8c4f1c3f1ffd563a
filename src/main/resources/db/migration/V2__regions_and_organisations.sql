-- Kazakhstan's 17 regions (oblys) and 3 cities of national significance, as reference data that
-- every installation needs, and the organisations table the features refer to.

CREATE TABLE region (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    name_ru    VARCHAR(100) NOT NULL,
    name_kk    VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT uk_region_code UNIQUE (code)
);

INSERT INTO region (id, code, kind, name_en, name_ru, name_kk, sort_order) VALUES
(1,  'ASTANA',       'CITY',   'Astana',                  'Астана',                        'Астана',                  1),
(2,  'ALMATY_CITY',  'CITY',   'Almaty',                  'Алматы',                        'Алматы',                  2),
(3,  'SHYMKENT',     'CITY',   'Shymkent',                'Шымкент',                       'Шымкент',                 3),
(4,  'ABAI',         'REGION', 'Abai Region',             'Абайская область',              'Абай облысы',             4),
(5,  'AKMOLA',       'REGION', 'Akmola Region',           'Акмолинская область',           'Ақмола облысы',           5),
(6,  'AKTOBE',       'REGION', 'Aktobe Region',           'Актюбинская область',           'Ақтөбе облысы',           6),
(7,  'ALMATY',       'REGION', 'Almaty Region',           'Алматинская область',           'Алматы облысы',           7),
(8,  'ATYRAU',       'REGION', 'Atyrau Region',           'Атырауская область',            'Атырау облысы',           8),
(9,  'EAST_KAZ',     'REGION', 'East Kazakhstan Region',  'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы',  9),
(10, 'JAMBYL',       'REGION', 'Jambyl Region',           'Жамбылская область',            'Жамбыл облысы',           10),
(11, 'JETISU',       'REGION', 'Jetisu Region',           'Область Жетісу',                'Жетісу облысы',           11),
(12, 'KARAGANDA',    'REGION', 'Karaganda Region',        'Карагандинская область',        'Қарағанды облысы',        12),
(13, 'KOSTANAY',     'REGION', 'Kostanay Region',         'Костанайская область',          'Қостанай облысы',         13),
(14, 'KYZYLORDA',    'REGION', 'Kyzylorda Region',        'Кызылординская область',        'Қызылорда облысы',        14),
(15, 'MANGYSTAU',    'REGION', 'Mangystau Region',        'Мангистауская область',         'Маңғыстау облысы',        15),
(16, 'NORTH_KAZ',    'REGION', 'North Kazakhstan Region', 'Северо-Казахстанская область',  'Солтүстік Қазақстан облысы', 16),
(17, 'PAVLODAR',     'REGION', 'Pavlodar Region',         'Павлодарская область',          'Павлодар облысы',         17),
(18, 'TURKISTAN',    'REGION', 'Turkistan Region',        'Туркестанская область',         'Түркістан облысы',        18),
(19, 'ULYTAU',       'REGION', 'Ulytau Region',           'Область Ұлытау',                'Ұлытау облысы',           19),
(20, 'WEST_KAZ',     'REGION', 'West Kazakhstan Region',  'Западно-Казахстанская область', 'Батыс Қазақстан облысы',  20);

CREATE TABLE organisation (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(300) NOT NULL,
    acronym VARCHAR(30),
    kind    VARCHAR(32)  NOT NULL,
    website VARCHAR(300),
    CONSTRAINT uk_organisation_name UNIQUE (name)
);

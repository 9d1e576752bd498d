// Generated from /api/openapi.json by scripts/api-types.ts (npm run api:types). Do not edit.

export interface paths {
    "/01/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve a unit code (GS1 Digital Link): genuine, unknown or suspicious; JSON, or a page for browsers
         * @description Records a scan and answers JSON. A browser (Accept: text/html) gets the web app, which records nothing and asks again for JSON; `view=basic` (or no web build) gives a server-rendered page that records the scan.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiry: string | null;
                            findings: {
                                code: string;
                                detail: string;
                            }[];
                            gtin: string;
                            lot: string | null;
                            result: "genuine" | "unknown" | "suspicious";
                            serial: string;
                            /** @description valid, missing, not_checked (unknown code), malformed, unknown_key, retired_key or bad_mac */
                            signature: string;
                            status: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant's API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description apiKey id */
                                id: string;
                                key_prefix: string;
                                last_used_at: string | null;
                                merchant_id: string;
                                name: string;
                                revoked_at: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key for the merchant (owner only); the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description apiKey id */
                            id: string;
                            key_prefix: string;
                            last_used_at: string | null;
                            merchant_id: string;
                            name: string;
                            revoked_at: string | null;
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (owner only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description apiKey id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description apiKey id */
                            id: string;
                            key_prefix: string;
                            last_used_at: string | null;
                            merchant_id: string;
                            name: string;
                            revoked_at: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; returns a bearer token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expires_at: string;
                            token: string;
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                display_name: string;
                                email: string;
                                /** @description user id */
                                id: string;
                                locale: string;
                                location_id: string | null;
                                merchant_id: string | null;
                                merchant_role: ("owner" | "staff") | null;
                                role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A consumer creates an account and is signed in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        display_name: string;
                        /** Format: email */
                        email: string;
                        locale?: "en" | "zh-CN";
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expires_at: string;
                            token: string;
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                display_name: string;
                                email: string;
                                /** @description user id */
                                id: string;
                                locale: string;
                                location_id: string | null;
                                merchant_id: string | null;
                                merchant_role: ("owner" | "staff") | null;
                                role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Available-to-promise per variant, in total and per location */
        get: {
            parameters: {
                query: {
                    /** @description location id */
                    location_id?: string;
                    /** @description For lot-tracked food: count lots good for a pick-up today (default) or on the delivery day */
                    promise?: "pickup" | "delivery";
                    variant_id: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                locations: {
                                    available: number;
                                    location?: {
                                        city: string;
                                        kind: string;
                                        name_en: string;
                                        name_zh: string;
                                    } | null;
                                    location_id: string;
                                }[];
                                variant_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brand registrations and applications (merchants: own; operators: all or one merchant_id), by status in force today */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                    status?: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                aliases_en: string[];
                                aliases_zh: string[];
                                applied_by: string | null;
                                brand_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                decided_at: string | null;
                                decided_by: string | null;
                                evidence_urls: string[];
                                /**
                                 * Format: date
                                 * @description latest trademark expiry; lapses the day after
                                 */
                                expires_on: string;
                                id: string;
                                logo_url: string | null;
                                /** @description the brand owner (applicant) */
                                merchant_id: string;
                                name_en: string;
                                name_zh: string;
                                /** @description in force today: an active registration past its latest expiry reads lapsed */
                                status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                                status_reason: string | null;
                                trademarks: {
                                    classes: number[];
                                    /** Format: date */
                                    expires_on: string;
                                    number: string;
                                    office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                    office_name: string | null;
                                }[];
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply to register a brand (the merchant's owner or brand owners; the merchant must be verified); starts pending */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aliases_en?: string[];
                        aliases_zh?: string[];
                        brand_id?: string | null;
                        /** @description evidence files (registration certificates) by URL; at least one */
                        evidence_urls: string[];
                        logo_url?: string | null;
                        name_en: string;
                        /** @description name in Simplified Chinese (zh-CN) */
                        name_zh: string;
                        /** @description at least one trademark registration */
                        trademarks: {
                            /** @description Nice classes, 1–45 */
                            classes: number[];
                            /** @description expiry day, YYYY-MM-DD; in force through that day */
                            expires_on: string;
                            /** @description registration number as the office writes it */
                            number: string;
                            office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                            office_name?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration with its trademarks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Withdraw a pending application (kept, with its history, as withdrawn) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a pending application (checked again as a whole; trademarks, if sent, replace the list) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aliases_en?: string[];
                        aliases_zh?: string[];
                        brand_id?: string | null;
                        /** @description evidence files (registration certificates) by URL; at least one */
                        evidence_urls?: string[];
                        logo_url?: string | null;
                        name_en?: string;
                        /** @description name in Simplified Chinese (zh-CN) */
                        name_zh?: string;
                        /** @description at least one trademark registration */
                        trademarks?: {
                            /** @description Nice classes, 1–45 */
                            classes: number[];
                            /** @description expiry day, YYYY-MM-DD; in force through that day */
                            expires_on: string;
                            /** @description registration number as the office writes it */
                            number: string;
                            office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                            office_name?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending application (an optional note); it becomes active */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step of a registration, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                from_status: ("pending" | "active" | "rejected" | "withdrawn" | "lapsed") | null;
                                id: string;
                                reason: string | null;
                                to_status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/reference-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reference prices of the brand owner's products */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description minor units */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                currency: string;
                                id: string;
                                product_id: string | null;
                                registration_id: string;
                                /** Format: date-time */
                                updated_at: string;
                                variant_id: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set the reference price of one of the owner's products or variants in a currency (201 new, 200 replaced) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description minor units (cents, fen), more than 0 */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                        /** @description product id */
                        product_id?: string;
                        /** @description variant id */
                        variant_id?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description minor units */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            currency: string;
                            id: string;
                            product_id: string | null;
                            registration_id: string;
                            /** Format: date-time */
                            updated_at: string;
                            variant_id: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description minor units */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            currency: string;
                            id: string;
                            product_id: string | null;
                            registration_id: string;
                            /** Format: date-time */
                            updated_at: string;
                            variant_id: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/reference-prices/{price_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a reference price */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                    price_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending application with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases_en: string[];
                            aliases_zh: string[];
                            applied_by: string | null;
                            brand_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            evidence_urls: string[];
                            /**
                             * Format: date
                             * @description latest trademark expiry; lapses the day after
                             */
                            expires_on: string;
                            id: string;
                            logo_url: string | null;
                            /** @description the brand owner (applicant) */
                            merchant_id: string;
                            name_en: string;
                            name_zh: string;
                            /** @description in force today: an active registration past its latest expiry reads lapsed */
                            status: "pending" | "active" | "rejected" | "withdrawn" | "lapsed";
                            status_reason: string | null;
                            trademarks: {
                                classes: number[];
                                /** Format: date */
                                expires_on: string;
                                number: string;
                                office: "USPTO" | "CNIPA" | "EUIPO" | "WIPO" | "other";
                                office_name: string | null;
                            }[];
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/sellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merchants authorised to sell the brand (the owner and operators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category_id: string | null;
                                country: string | null;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                id: string;
                                merchant_id: string;
                                registration_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Authorise a merchant to sell the brand, optionally for one product line (catalog category) and/or one country */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category_id?: string | null;
                        country?: string | null;
                        /** @description merchant id */
                        merchant_id: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category_id: string | null;
                            country: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            id: string;
                            merchant_id: string;
                            registration_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brand-registry/registrations/{id}/sellers/{seller_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an authorisation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand registration id */
                    id: string;
                    seller_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List brands, optionally of one merchant or matching a name */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description brand id */
                                id: string;
                                merchant_id: string;
                                name_en: string;
                                /** @description name in Simplified Chinese (zh-CN) */
                                name_zh: string;
                                slug: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a brand (merchant owner or brand owner: for their merchant; operator: names merchant_id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description merchant id */
                        merchant_id?: string;
                        name_en: string;
                        name_zh: string;
                        /** @description lowercase a-z, 0-9 and hyphens */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description brand id */
                            id: string;
                            merchant_id: string;
                            name_en: string;
                            /** @description name in Simplified Chinese (zh-CN) */
                            name_zh: string;
                            slug: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One brand */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description brand id */
                            id: string;
                            merchant_id: string;
                            name_en: string;
                            /** @description name in Simplified Chinese (zh-CN) */
                            name_zh: string;
                            slug: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a brand or change its slug (its merchant's owner or brand owners, or an operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description brand id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name_en?: string;
                        name_zh?: string;
                        /** @description lowercase a-z, 0-9 and hyphens */
                        slug?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description brand id */
                            id: string;
                            merchant_id: string;
                            name_en: string;
                            /** @description name in Simplified Chinese (zh-CN) */
                            name_zh: string;
                            slug: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a cart (a signed-in consumer’s, or a guest’s with a secret cart_token to send as X-Cart-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        guest_email?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cart_token: string | null;
                            /** Format: date-time */
                            created_at: string;
                            customer_id: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            guest_email: string | null;
                            holds: {
                                /** Format: date-time */
                                expires_at: string;
                                kind: string;
                                line_id: string;
                                location_id: string;
                                quantity: number;
                                reservation_id: string;
                                status: string;
                            }[];
                            /** @description cart id */
                            id: string;
                            lines: {
                                fulfilment: string;
                                id: string;
                                pickup_location_id: string | null;
                                quantity: number;
                                variant_id: string;
                            }[];
                            order_id: string | null;
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cart with its lines and held stock */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            customer_id: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            guest_email: string | null;
                            holds: {
                                /** Format: date-time */
                                expires_at: string;
                                kind: string;
                                line_id: string;
                                location_id: string;
                                quantity: number;
                                reservation_id: string;
                                status: string;
                            }[];
                            /** @description cart id */
                            id: string;
                            lines: {
                                fulfilment: string;
                                id: string;
                                pickup_location_id: string | null;
                                quantity: number;
                                variant_id: string;
                            }[];
                            order_id: string | null;
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay for the cart; its held stock becomes the order (idempotent by Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retry with the same key returns the same order */
                    "idempotency-key": string;
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description for cross-border goods: the buyer customs declares them for (a saved identity, or name and ID number) */
                        buyer?: {
                            /** @description buyerIdentity id */
                            identity_id: string;
                        } | {
                            /** @description PRC resident ID number (18 characters, the last may be X) */
                            id_number: string;
                            name: string;
                        };
                        /** Format: email */
                        guest_email?: string;
                        payer?: {
                            /** @description PRC resident ID number (18 characters, the last may be X) */
                            id_number: string;
                            name: string;
                        };
                        payment: {
                            /** @enum {string} */
                            provider?: "test";
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}/fulfilment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose fulfilment: source the cart (delivery address; pick-up lines name their store) and hold its stock until checkout or expiry */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        delivery?: {
                            address_line: string;
                            city: string;
                            /** @description ISO 3166-1 alpha-2 code */
                            country: string;
                            latitude?: number;
                            longitude?: number;
                            phone: string;
                            postal_code?: string;
                            province?: string;
                            recipient: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            customer_id: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            guest_email: string | null;
                            holds: {
                                /** Format: date-time */
                                expires_at: string;
                                kind: string;
                                line_id: string;
                                location_id: string;
                                quantity: number;
                                reservation_id: string;
                                status: string;
                            }[];
                            /** @description cart id */
                            id: string;
                            lines: {
                                fulfilment: string;
                                id: string;
                                pickup_location_id: string | null;
                                quantity: number;
                                variant_id: string;
                            }[];
                            order_id: string | null;
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item (delivery, or pick-up at a store); releases stock the cart held */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fulfilment?: "delivery" | "pickup";
                        /** @description location id */
                        pickup_location_id?: string;
                        quantity: number;
                        /** @description variant id */
                        variant_id: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            customer_id: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            guest_email: string | null;
                            holds: {
                                /** Format: date-time */
                                expires_at: string;
                                kind: string;
                                line_id: string;
                                location_id: string;
                                quantity: number;
                                reservation_id: string;
                                status: string;
                            }[];
                            /** @description cart id */
                            id: string;
                            lines: {
                                fulfilment: string;
                                id: string;
                                pickup_location_id: string | null;
                                quantity: number;
                                variant_id: string;
                            }[];
                            order_id: string | null;
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}/lines/{line_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                    /** @description cartLine id */
                    line_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            customer_id: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            guest_email: string | null;
                            holds: {
                                /** Format: date-time */
                                expires_at: string;
                                kind: string;
                                line_id: string;
                                location_id: string;
                                quantity: number;
                                reservation_id: string;
                                status: string;
                            }[];
                            /** @description cart id */
                            id: string;
                            lines: {
                                fulfilment: string;
                                id: string;
                                pickup_location_id: string | null;
                                quantity: number;
                                variant_id: string;
                            }[];
                            order_id: string | null;
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the cart will cost before payment: sale prices, freight by fulfilment mode, import tax lines with their rules, total
         * @description Needs the fulfilment chosen. Cross-border lines (bonded warehouse, direct mail) are taxed under the CBEC rules; refusals (cbec_not_on_positive_list, cbec_single_limit, cbec_annual_limit with amount_left) are 422s. With identity_id (a saved identity) the annual limit is checked too.
         */
        get: {
            parameters: {
                query?: {
                    /** @description buyerIdentity id */
                    identity_id?: string;
                };
                header?: {
                    /** @description the secret a guest got with the cart */
                    "x-cart-token"?: string;
                };
                path: {
                    /** @description cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            annual_left: number | null;
                            currency: string;
                            /** @description cross-border goods: checkout needs the buyer’s real name and ID number */
                            identity_required: boolean;
                            shipments: {
                                freight_amount: number;
                                /** @description domestic, bonded_import or direct_mail */
                                fulfilment_mode: string;
                                kind: string;
                                lines: {
                                    amount: number;
                                    customs_regime: string;
                                    freight_amount: number;
                                    fx_rate: string | null;
                                    list_currency: string;
                                    list_unit_price_amount: number;
                                    price_source: string;
                                    quantity: number;
                                    /** @description ties tax lines to this line */
                                    ref: string;
                                    tax_amount: number;
                                    unit_price_amount: number;
                                    variant_id: string;
                                }[];
                                location_id: string;
                            }[];
                            shipping_amount: number;
                            subtotal_amount: number;
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                ref: string;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All categories, flat; parent_id gives the tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description category id */
                                id: string;
                                name_en: string;
                                name_zh: string;
                                parent_id: string | null;
                                position: number;
                                slug: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name_en: string;
                        name_zh: string;
                        parent_id?: string | null;
                        position?: number;
                        slug: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description category id */
                            id: string;
                            name_en: string;
                            name_zh: string;
                            parent_id: string | null;
                            position: number;
                            slug: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cbec/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview the import tax and limits of cross-border lines (CNY fen)
         * @description Without identity_id: tax and the single-order limit only. With one (a saved identity of mine, or an unsaved one still usable): the yearly limit too. Refusals are 422 with code cbec_not_on_positive_list, cbec_single_limit, cbec_annual_limit (problem details: amount_left, limit, order_value, year); an unknown identity is 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description the order instant (default now): picks the limit year
                         */
                        at?: string;
                        /** @description buyerIdentity id */
                        identity_id?: string;
                        lines: {
                            /** @description goods paid for the line, CNY fen */
                            amount: number;
                            /** @description the line’s share of freight, CNY fen */
                            freight: number;
                            hs_code: string | null;
                            quantity: number;
                            ref: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            annual_left: number;
                            annual_left_after: number;
                            annual_used: number;
                            /** @enum {boolean} */
                            ok: true;
                            order_value: number;
                            regime: "cbec" | "general_trade";
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                /** @enum {string} */
                                currency: "CNY";
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                /** @description effective rate applied, e.g. 910 = 9.1 % */
                                rate_bp: number;
                                ref: string;
                                rule: string;
                                rule_text: string;
                            }[];
                            tax_total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cbec/positive-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cross-border e-commerce positive list (goods that may be sold through the cross-border channel), with tax rates
         * @description hs_code finds entries under the code and the entry a product with that code falls under; q searches names (en, zh) and codes.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    hs_code?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description consumption tax, basis points (1300 = 13 %) */
                                consumption_tax_bp: number;
                                /** @description 4–10 digits; a product matches the entry with the longest prefix of its code */
                                hs_code: string;
                                /** @description edition of the positive list, e.g. 2022 */
                                list_edition: string;
                                name_en: string;
                                name_zh: string;
                                note: string | null;
                                /** @description general-trade MFN tariff (only for an indivisible item over the 5,000 CNY order limit), basis points (1300 = 13 %) */
                                tariff_bp: number;
                                /** Format: date-time */
                                updated_at: string;
                                /** @description import VAT, basis points (1300 = 13 %) */
                                vat_bp: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cbec/positive-list/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load positive-list entries from CSV, all or nothing, with a report row by row
         * @description Columns: hs_code, name_en, name_zh, vat_bp, consumption_tax_bp, tariff_bp, note, list_edition (required: hs_code, name_en, name_zh, vat_bp, tariff_bp, list_edition); rates are whole basis points; consumption_tax_bp defaults to 0. Any error, or dry_run, writes nothing; replace also removes codes not in the file. At most 10000 rows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dry_run?: boolean;
                        /** @default false */
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            dry_run: boolean;
                            errors: {
                                code: string;
                                column: string | null;
                                message: string;
                                row: number;
                            }[];
                            errors_truncated: boolean;
                            /** @description every row is valid (and, unless dry_run, written); false: nothing was written */
                            ok: boolean;
                            /** @description with replace: codes not in the file, removed */
                            removed: number;
                            replace: boolean;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales channels: the online storefront and one till per store or counter */
        get: {
            parameters: {
                query?: {
                    /** @description location id */
                    location_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description channel id */
                                id: string;
                                kind: "online" | "till";
                                location_id: string | null;
                                name: string;
                                sale_currency: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the currency a channel sells in (CNY converts list prices at the rate in force; null sells at list prices) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sale_currency: string | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description channel id */
                            id: string;
                            kind: "online" | "till";
                            location_id: string | null;
                            name: string;
                            sale_currency: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/commission-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commission rates (operator) */
        get: {
            parameters: {
                query?: {
                    /** @description category id */
                    category_id?: string;
                    /** @description merchant id */
                    merchant_id?: string;
                    scope?: "default" | "category" | "merchant";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description commissionRate id */
                                id: string;
                                merchant_id: string | null;
                                /** @description basis points: 1000 = 10 % */
                                rate_bp: number;
                                scope: "default" | "category" | "merchant";
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set a commission rate: the default, a category’s or a merchant’s override (operator)
         * @description A paid line is charged its merchant’s override, else the rate of its nearest category that has one, else the default, else 0. One rate per key: 409 commission_rate_exists (delete the old one first).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category_id?: string | null;
                        merchant_id?: string | null;
                        rate_bp: number;
                        scope: "default" | "category" | "merchant";
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description commissionRate id */
                            id: string;
                            merchant_id: string | null;
                            /** @description basis points: 1000 = 10 % */
                            rate_bp: number;
                            scope: "default" | "category" | "merchant";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a commission rate (operator); answers the rate removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description commissionRate id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description commissionRate id */
                            id: string;
                            merchant_id: string | null;
                            /** @description basis points: 1000 = 10 % */
                            rate_bp: number;
                            scope: "default" | "category" | "merchant";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digital-link/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Parse a GS1 Digital Link URI by the standard (strict): every AI with its value, or the fault
         * @description The URI is checked by the GS1 Digital Link URI syntax (1.2) with its default rules: any domain and path prefix, every primary key with its qualifiers in an allowed order, values checked against the GS1 AI table (length, characters, check digit, dates), numeric query parameters as data attributes, other parameters ignored. Zero-suppressed GTINs and convenience alphas (/gtin/, ?lot=) are refused. A fault is 400 with a `code` (e.g. bad_check_digit, bad_qualifier_order, unknown_ai, convenience_alpha) and `ai` when one is at fault.
         */
        get: {
            parameters: {
                query: {
                    /** @description the full Digital Link URI, URL-encoded */
                    uri: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description every AI of the URI (path and query) with its value */
                            ais: {
                                [key: string]: string;
                            };
                            /** @description data attributes from the query string, in order */
                            attributes: {
                                /** @description GS1 Application Identifier, e.g. "01" */
                                ai: string;
                                /** @description what the AI is */
                                title: string;
                                /** @description the value, percent-decoded */
                                value: string;
                            }[];
                            primary_key: {
                                /** @description GS1 Application Identifier, e.g. "01" */
                                ai: string;
                                /** @description what the AI is */
                                title: string;
                                /** @description the value, percent-decoded */
                                value: string;
                            };
                            /** @description key qualifiers in the path, in order */
                            qualifiers: {
                                /** @description GS1 Application Identifier, e.g. "01" */
                                ai: string;
                                /** @description what the AI is */
                                title: string;
                                /** @description the value, percent-decoded */
                                value: string;
                            }[];
                            uri: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events after a position, oldest first (pull feed; resume with after=<last id>) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                    /** @description Operators: one tenant’s events */
                    merchant_id?: string;
                    /** @description Comma-separated: stock.moved, order.paid, order.* … */
                    types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The event’s position in the stream: resume after it */
                                id: string;
                                location_id: string | null;
                                merchant_id: string | null;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @description The variant (stock.moved) or order (order.*) it is about */
                                subject_id: string;
                                /** @description stock.moved, or order.<status> (order.placed, order.paid, order.completed …) */
                                type: string;
                            }[];
                            last_id: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Durable consumers of the event stream and the position each has handled */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                position: number;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events as Server-Sent Events (text/event-stream), scoped to the caller’s tenant
         * @description Each message: `id:` the event position, `event:` its type, `data:` the event as JSON. Resume after a drop with the Last-Event-ID header (EventSource sends it) or ?after=<id>: kept events after it are replayed, then live ones follow.
         */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    /** @description Operators: one tenant’s events */
                    merchant_id?: string;
                    /** @description Comma-separated: stock.moved, order.paid, order.* … */
                    types?: string;
                };
                header?: {
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily history and forecast (mean, p10, p90) of a variant at a location, computed now from the sell-through */
        get: {
            parameters: {
                query: {
                    history?: number;
                    horizon?: number;
                    /** @description location id */
                    location_id: string;
                    /** @description variant id */
                    variant_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            forecast: {
                                error_sd: number;
                                mean: number[];
                                model: string;
                                p10: number[];
                                p90: number[];
                                /** Format: date */
                                start: string;
                            };
                            history: {
                                /** Format: date */
                                end: string;
                                /** Format: date */
                                start: string;
                                units: number[];
                            };
                            location_id: string;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates, newest first (operator) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 4217 code */
                    base?: string;
                    cursor?: string;
                    limit?: number;
                    /** @description ISO 4217 code */
                    quote?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                base: string;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description fxRate id */
                                id: string;
                                note: string | null;
                                quote: string;
                                rate: string;
                                source: "operator" | "file";
                                /** Format: date-time */
                                valid_from: string;
                                valid_to: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set an exchange rate (operator); rates are never edited, a later valid_from supersedes
         * @description The rate in force at t: valid_from <= t < valid_to (or no valid_to), the latest valid_from winning. 409 rate_exists for a second rate of the pair from the same instant.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 4217 code */
                        base: string;
                        note?: string | null;
                        /** @description ISO 4217 code */
                        quote: string;
                        /** @description Units of quote per 1 unit of base, a decimal string with at most 8 decimals, e.g. "7.1234" (never a float) */
                        rate: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant with its zone
                         */
                        valid_from?: string;
                        valid_to?: string | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            base: string;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description fxRate id */
                            id: string;
                            note: string | null;
                            quote: string;
                            rate: string;
                            source: "operator" | "file";
                            /** Format: date-time */
                            valid_from: string;
                            valid_to: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fx-rates/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exchange rate in force now (or at `at`); 404 exchange_rate_not_found when none is */
        get: {
            parameters: {
                query: {
                    /** @description ISO 8601 instant with its zone */
                    at?: string;
                    /** @description ISO 4217 code */
                    base: string;
                    /** @description ISO 4217 code */
                    quote: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            base: string;
                            /** @description fxRate id */
                            id: string;
                            quote: string;
                            rate: string;
                            valid_from: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fx-rates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load exchange rates from CSV (operator), all or nothing, with a report row by row
         * @description Columns: base, quote, rate, valid_from, valid_to (valid_to optional). Instants are ISO 8601 with a zone, or a date (00:00 UTC). Any error (or dry_run) writes nothing. At most 5000 rows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description rates written (on a dry run: that would be) */
                            created: number;
                            dry_run: boolean;
                            errors: {
                                code: string;
                                column: string | null;
                                message: string;
                                /** @description as a spreadsheet numbers rows: the header is row 1 */
                                row: number;
                            }[];
                            errors_truncated: boolean;
                            /** @description every row is valid (and, unless dry_run, written); false: nothing was written */
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            migration: string | null;
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One row per verified merchant for a quarter (default: the last ended), with totals that are sums of the rows; CSV with format=csv */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    /** @description YYYY-Qn, e.g. 2026-Q1 */
                    quarter?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @description a small business in the US: the totals add up these rows */
                                counts_toward_promise: boolean;
                                display_name: string;
                                headcount: number;
                                headcount_source: "report" | "earlier_report" | "application";
                                jobs_supported: number | null;
                                merchant_id: string;
                                new_hires_attributed: number;
                                paid_orders: number;
                                platform_revenue: {
                                    /** @description minor units */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                report_status: "on_time" | "late" | "missing" | "due" | "current";
                                revenue_share: number | null;
                                sector: string;
                                size_limit: number;
                                small_business: boolean;
                                state: string;
                                total_revenue: {
                                    /** @description minor units */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                } | null;
                            }[];
                            quarter: string;
                            totals: {
                                counted: number;
                                jobs_supported: number;
                                merchants: number;
                                not_estimable: number;
                                reported_new_hires: number;
                                small_businesses_active: number;
                            };
                        };
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress against the promise: to date, per quarter, run-rates, by state and by sector, each figure with its method */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            by_sector: {
                                jobs_supported: number;
                                reported_new_hires: number;
                                sector: string;
                                small_businesses: number;
                            }[];
                            by_state: {
                                jobs_supported: number;
                                reported_new_hires: number;
                                small_businesses: number;
                                state: string;
                            }[];
                            methods: {
                                active: string;
                                jobs_supported: string;
                                reported_new_hires: string;
                                small_business: string;
                            };
                            programme: {
                                /** Format: date */
                                end_date: string;
                                /** Format: date */
                                start_date: string;
                                target_businesses: number;
                                target_jobs: number;
                            };
                            quarters: {
                                cumulative_new_hires: number;
                                cumulative_small_businesses: number;
                                jobs_supported: number | null;
                                quarter: string;
                                reported_new_hires: number;
                                small_businesses_active: number;
                                target_path_businesses: number;
                                target_path_jobs: number;
                            }[];
                            run_rate: {
                                businesses_current_per_quarter: number;
                                businesses_needed_per_quarter: number;
                                jobs_current_per_quarter: number;
                                jobs_needed_per_quarter: number;
                                quarters_left: number;
                            };
                            to_date: {
                                jobs_supported_latest: number | null;
                                latest_quarter: string | null;
                                reported_new_hires: number;
                                small_businesses: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current jobs reports, newest quarter first: a merchant's own; operators any merchant's or all */
        get: {
            parameters: {
                query?: {
                    merchant_id?: string;
                    /** @description YYYY-Qn, e.g. 2026-Q1 */
                    quarter?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                attested_at: string;
                                attested_by: string | null;
                                attested_name: string;
                                /** Format: date-time */
                                created_at: string;
                                full_time: number;
                                headcount: number;
                                id: string;
                                merchant_id: string;
                                new_hires_attributed: number;
                                part_time: number;
                                quarter: string;
                                source: "report" | "application";
                                state: string;
                                /** @description by the first attestation of the quarter: a correction does not make a report late */
                                status: "on_time" | "late" | "current";
                                superseded_at: string | null;
                                total_revenue: {
                                    /** @description minor units */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                } | null;
                                /** @description versions of the same quarter: a correction supersedes */
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/reports/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The merchant's owner files or corrects (supersedes) its attested report for a quarter */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-Qn, e.g. 2026-Q1 */
                    quarter: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attestation: {
                            confirmed: boolean;
                            name: string;
                        };
                        full_time: number;
                        new_hires_attributed: number;
                        part_time: number;
                        state: string;
                        total_revenue?: {
                            amount: number;
                            /** @description ISO 4217 code */
                            currency: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            attested_at: string;
                            attested_by: string | null;
                            attested_name: string;
                            /** Format: date-time */
                            created_at: string;
                            full_time: number;
                            headcount: number;
                            id: string;
                            merchant_id: string;
                            new_hires_attributed: number;
                            part_time: number;
                            quarter: string;
                            source: "report" | "application";
                            state: string;
                            /** @description by the first attestation of the quarter: a correction does not make a report late */
                            status: "on_time" | "late" | "current";
                            superseded_at: string | null;
                            total_revenue: {
                                /** @description minor units */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                            } | null;
                            /** @description versions of the same quarter: a correction supersedes */
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/reports/{quarter}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a report for a quarter, newest first (operators name the merchant) */
        get: {
            parameters: {
                query?: {
                    merchant_id?: string;
                };
                header?: never;
                path: {
                    /** @description YYYY-Qn, e.g. 2026-Q1 */
                    quarter: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                attested_at: string;
                                attested_by: string | null;
                                attested_name: string;
                                /** Format: date-time */
                                created_at: string;
                                full_time: number;
                                headcount: number;
                                id: string;
                                merchant_id: string;
                                new_hires_attributed: number;
                                part_time: number;
                                quarter: string;
                                source: "report" | "application";
                                state: string;
                                /** @description by the first attestation of the quarter: a correction does not make a report late */
                                status: "on_time" | "late" | "current";
                                superseded_at: string | null;
                                total_revenue: {
                                    /** @description minor units */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                } | null;
                                /** @description versions of the same quarter: a correction supersedes */
                                version: number;
                            }[];
                            merchant_id: string;
                            quarter: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/reports/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every verified merchant's report status for an ended quarter (default: the last ended quarter) */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-Qn, e.g. 2026-Q1 */
                    quarter?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                due: number;
                                late: number;
                                missing: number;
                                on_time: number;
                            };
                            /** Format: date */
                            due_on: string;
                            items: {
                                attested_at: string | null;
                                display_name: string;
                                merchant_id: string;
                                state: string;
                                status: "on_time" | "late" | "missing" | "due";
                            }[];
                            quarter: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's settings and size rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default_size_limit: number;
                            report_due_days: number;
                            /** @description sector → size limit; sectors: agriculture, food, apparel, cosmetics, nutrition, retail, home, electronics, other */
                            sector_limits: {
                                [key: string]: number;
                            };
                            /** Format: date */
                            start_date: string;
                            target_businesses: number;
                            target_jobs: number;
                            years: number;
                        };
                    };
                };
            };
        };
        /** Change the programme's settings and size rule (sector limits replace the whole set) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        default_size_limit: number;
                        report_due_days: number;
                        /** @description sector → size limit; sectors: agriculture, food, apparel, cosmetics, nutrition, retail, home, electronics, other */
                        sector_limits: {
                            [key: string]: number;
                        };
                        /** Format: date */
                        start_date: string;
                        target_businesses: number;
                        target_jobs: number;
                        years: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default_size_limit: number;
                            report_due_days: number;
                            /** @description sector → size limit; sectors: agriculture, food, apparel, cosmetics, nutrition, retail, home, electronics, other */
                            sector_limits: {
                                [key: string]: number;
                            };
                            /** Format: date */
                            start_date: string;
                            target_businesses: number;
                            target_jobs: number;
                            years: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List locations; with near=lat,lon nearest first, each with distance_km */
        get: {
            parameters: {
                query?: {
                    city?: string;
                    cursor?: string;
                    kind?: "department_store" | "mall" | "mall_counter" | "warehouse";
                    limit?: number;
                    /** @description "lat,lon", e.g. 31.23,121.47 */
                    near?: string;
                    /** @description location id */
                    parent_id?: string;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address_line: string;
                                city: string;
                                city_zh: string | null;
                                code: string;
                                country: string;
                                /** Format: date-time */
                                created_at: string;
                                /** @description Days a delivery from here takes: lots must still be good on that day */
                                delivery_days: number;
                                /** @description present when listing near a point */
                                distance_km?: number;
                                /** @description location id */
                                id: string;
                                kind: "department_store" | "mall" | "mall_counter" | "warehouse";
                                latitude: number;
                                longitude: number;
                                merchant_id: string | null;
                                name_en: string;
                                name_zh: string;
                                /** @description Local [open, close] intervals per weekday; a missing day is closed */
                                opening_hours: {
                                    fri?: string[][];
                                    mon?: string[][];
                                    sat?: string[][];
                                    sun?: string[][];
                                    thu?: string[][];
                                    tue?: string[][];
                                    wed?: string[][];
                                };
                                parent_id: string | null;
                                postal_code: string | null;
                                province: string;
                                status: "open" | "closed";
                                /** @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen) */
                                temperature_classes: ("ambient" | "chilled" | "frozen")[];
                                timezone: string;
                                /** Format: date-time */
                                updated_at: string;
                                warehouse_type: ("cn_bonded" | "cn_domestic" | "us") | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a store, mall, mall counter or warehouse (a store or counter gets its till channel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address_line: string;
                        city: string;
                        city_zh?: string | null;
                        /** @description unique, uppercase A-Z 0-9 and hyphens */
                        code: string;
                        /** @description ISO 3166-1 alpha-2 code */
                        country: string;
                        /**
                         * @description Days a delivery from here takes: lots must still be good on that day
                         * @default 2
                         */
                        delivery_days?: number;
                        kind: "department_store" | "mall" | "mall_counter" | "warehouse";
                        latitude: number;
                        longitude: number;
                        merchant_id?: string | null;
                        name_en: string;
                        name_zh: string;
                        /** @description Local [open, close] intervals per weekday; a missing day is closed */
                        opening_hours?: {
                            fri?: string[][];
                            mon?: string[][];
                            sat?: string[][];
                            sun?: string[][];
                            thu?: string[][];
                            tue?: string[][];
                            wed?: string[][];
                        };
                        parent_id?: string | null;
                        postal_code?: string | null;
                        province: string;
                        /**
                         * @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen)
                         * @default [
                         *       "ambient"
                         *     ]
                         */
                        temperature_classes?: ("ambient" | "chilled" | "frozen")[];
                        /** @description IANA time zone, e.g. Asia/Shanghai */
                        timezone: string;
                        warehouse_type?: ("cn_bonded" | "cn_domestic" | "us") | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address_line: string;
                            /** @description locations inside this mall */
                            children_ids: string[];
                            city: string;
                            city_zh: string | null;
                            code: string;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description Days a delivery from here takes: lots must still be good on that day */
                            delivery_days: number;
                            /** @description location id */
                            id: string;
                            kind: "department_store" | "mall" | "mall_counter" | "warehouse";
                            latitude: number;
                            longitude: number;
                            merchant_id: string | null;
                            name_en: string;
                            name_zh: string;
                            /** @description Local [open, close] intervals per weekday; a missing day is closed */
                            opening_hours: {
                                fri?: string[][];
                                mon?: string[][];
                                sat?: string[][];
                                sun?: string[][];
                                thu?: string[][];
                                tue?: string[][];
                                wed?: string[][];
                            };
                            parent_id: string | null;
                            postal_code: string | null;
                            province: string;
                            status: "open" | "closed";
                            /** @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen) */
                            temperature_classes: ("ambient" | "chilled" | "frozen")[];
                            till_channel: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description channel id */
                                id: string;
                                kind: "online" | "till";
                                location_id: string | null;
                                name: string;
                                sale_currency: string | null;
                            } | null;
                            timezone: string;
                            /** Format: date-time */
                            updated_at: string;
                            warehouse_type: ("cn_bonded" | "cn_domestic" | "us") | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location, with the ids of what a mall contains and its till channel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description location id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address_line: string;
                            /** @description locations inside this mall */
                            children_ids: string[];
                            city: string;
                            city_zh: string | null;
                            code: string;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description Days a delivery from here takes: lots must still be good on that day */
                            delivery_days: number;
                            /** @description location id */
                            id: string;
                            kind: "department_store" | "mall" | "mall_counter" | "warehouse";
                            latitude: number;
                            longitude: number;
                            merchant_id: string | null;
                            name_en: string;
                            name_zh: string;
                            /** @description Local [open, close] intervals per weekday; a missing day is closed */
                            opening_hours: {
                                fri?: string[][];
                                mon?: string[][];
                                sat?: string[][];
                                sun?: string[][];
                                thu?: string[][];
                                tue?: string[][];
                                wed?: string[][];
                            };
                            parent_id: string | null;
                            postal_code: string | null;
                            province: string;
                            status: "open" | "closed";
                            /** @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen) */
                            temperature_classes: ("ambient" | "chilled" | "frozen")[];
                            till_channel: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description channel id */
                                id: string;
                                kind: "online" | "till";
                                location_id: string | null;
                                name: string;
                                sale_currency: string | null;
                            } | null;
                            timezone: string;
                            /** Format: date-time */
                            updated_at: string;
                            warehouse_type: ("cn_bonded" | "cn_domestic" | "us") | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change names, address, time zone, opening hours, temperature classes, delivery days, status or position */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description location id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address_line?: string;
                        city?: string;
                        city_zh?: string | null;
                        /** @description Days a delivery from here takes: lots must still be good on that day */
                        delivery_days?: number;
                        latitude?: number;
                        longitude?: number;
                        name_en?: string;
                        name_zh?: string;
                        /** @description Local [open, close] intervals per weekday; a missing day is closed */
                        opening_hours?: {
                            fri?: string[][];
                            mon?: string[][];
                            sat?: string[][];
                            sun?: string[][];
                            thu?: string[][];
                            tue?: string[][];
                            wed?: string[][];
                        };
                        postal_code?: string | null;
                        province?: string;
                        status?: "open" | "closed";
                        /** @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen) */
                        temperature_classes?: ("ambient" | "chilled" | "frozen")[];
                        /** @description IANA time zone, e.g. Asia/Shanghai */
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address_line: string;
                            /** @description locations inside this mall */
                            children_ids: string[];
                            city: string;
                            city_zh: string | null;
                            code: string;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description Days a delivery from here takes: lots must still be good on that day */
                            delivery_days: number;
                            /** @description location id */
                            id: string;
                            kind: "department_store" | "mall" | "mall_counter" | "warehouse";
                            latitude: number;
                            longitude: number;
                            merchant_id: string | null;
                            name_en: string;
                            name_zh: string;
                            /** @description Local [open, close] intervals per weekday; a missing day is closed */
                            opening_hours: {
                                fri?: string[][];
                                mon?: string[][];
                                sat?: string[][];
                                sun?: string[][];
                                thu?: string[][];
                                tue?: string[][];
                                wed?: string[][];
                            };
                            parent_id: string | null;
                            postal_code: string | null;
                            province: string;
                            status: "open" | "closed";
                            /** @description The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen) */
                            temperature_classes: ("ambient" | "chilled" | "frozen")[];
                            till_channel: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description channel id */
                                id: string;
                                kind: "online" | "till";
                                location_id: string | null;
                                name: string;
                                sale_currency: string | null;
                            } | null;
                            timezone: string;
                            /** Format: date-time */
                            updated_at: string;
                            warehouse_type: ("cn_bonded" | "cn_domestic" | "us") | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots of lot-tracked variants (merchant: own; operator: all) */
        get: {
            parameters: {
                query?: {
                    /** @description Lot (GS1 AI 10) */
                    code?: string;
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "blocked" | "recalled";
                    /** @description variant id */
                    variant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                best_before: string | null;
                                /** @description GS1 AI 10 */
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                id: string;
                                merchant_id: string;
                                production_date: string | null;
                                /** @enum {string} */
                                status: "active" | "blocked" | "recalled";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                use_by: string | null;
                                variant_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lot with its stock at every location */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lot id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            best_before: string | null;
                            /** @description GS1 AI 10 */
                            code: string;
                            /** Format: date-time */
                            created_at: string;
                            expiry: string | null;
                            id: string;
                            levels: {
                                available: number;
                                blocked: number;
                                location_id: string;
                                on_hand: number;
                                reserved: number;
                            }[];
                            merchant_id: string;
                            production_date: string | null;
                            /** @enum {string} */
                            status: "active" | "blocked" | "recalled";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            use_by: string | null;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lots/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a lot everywhere with a reason: its units leave available stock (holds on it are released) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lot id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lot: {
                                best_before: string | null;
                                /** @description GS1 AI 10 */
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                id: string;
                                levels: {
                                    available: number;
                                    blocked: number;
                                    location_id: string;
                                    on_hand: number;
                                    reserved: number;
                                }[];
                                merchant_id: string;
                                production_date: string | null;
                                /** @enum {string} */
                                status: "active" | "blocked" | "recalled";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                use_by: string | null;
                                variant_id: string;
                            };
                            units_blocked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lots/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recall a lot: blocked everywhere for good, and every open order holding units of it flagged, in one step
         * @description An order is open while the shipment carrying the lot has not reached the customer (pending, picking, shipped, ready for pick-up) and it is neither cancelled nor refunded. Delivered and collected orders, till sales among them, are listed by the report.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lot id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lot: {
                                best_before: string | null;
                                /** @description GS1 AI 10 */
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                id: string;
                                levels: {
                                    available: number;
                                    blocked: number;
                                    location_id: string;
                                    on_hand: number;
                                    reserved: number;
                                }[];
                                merchant_id: string;
                                production_date: string | null;
                                /** @enum {string} */
                                status: "active" | "blocked" | "recalled";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                use_by: string | null;
                                variant_id: string;
                            };
                            orders_flagged: number;
                            /** @description recall id */
                            recall_id: string;
                            units_blocked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lots/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a blocked lot: units come back wherever it has not expired (a recalled lot cannot be released) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lot id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lot: {
                                best_before: string | null;
                                /** @description GS1 AI 10 */
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                id: string;
                                levels: {
                                    available: number;
                                    blocked: number;
                                    location_id: string;
                                    on_hand: number;
                                    reserved: number;
                                }[];
                                merchant_id: string;
                                production_date: string | null;
                                /** @enum {string} */
                                status: "active" | "blocked" | "recalled";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                use_by: string | null;
                                variant_id: string;
                            };
                            units_released: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            display_name: string;
                            email: string;
                            /** @description user id */
                            id: string;
                            locale: string;
                            location_id: string | null;
                            merchant_id: string | null;
                            merchant_role: ("owner" | "staff") | null;
                            role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cross-border-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is used and left of the yearly cross-border limit (26,000.00 CNY) for each identity on my account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description yearly limit (26,000.00), CNY fen */
                                annual_limit: number;
                                /** @enum {string} */
                                currency: "CNY";
                                /** @description buyerIdentity id */
                                identity_id: string;
                                /** @description left of the yearly limit, CNY fen */
                                left: number;
                                masked: string;
                                name: string;
                                /** @description limit of one order (5,000.00), CNY fen */
                                single_limit: number;
                                /** @description used of the yearly limit, CNY fen */
                                used: number;
                                /** @description calendar year, China time */
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer identities kept on my account (masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description buyerIdentity id */
                                id: string;
                                /** @description the ID number with all but its first 4 and last 4 characters hidden */
                                masked: string;
                                name: string;
                                /** @description kept on the consumer’s account; false: usable by id for an order for 24 hours */
                                saved: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a buyer identity (real name and resident ID number) for cross-border orders
         * @description A consumer with save: true keeps it on the account. Anyone else (guests), or save: false, gets an unsaved identity whose id may be named for an order for 24 hours. The number is validated (check character, birth date), stored encrypted and never returned: only masked. 422 id_number_format | id_number_birth_date | id_number_check | invalid_name; 403 when a non-consumer account asks to save; 409 too_many_identities.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description resident ID number (GB 11643-1999): 17 digits and a digit or X */
                        id_number: string;
                        /** @description real name as on the ID card */
                        name: string;
                        /** @default false */
                        save?: boolean;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description buyerIdentity id */
                            id: string;
                            /** @description the ID number with all but its first 4 and last 4 characters hidden */
                            masked: string;
                            name: string;
                            /** @description kept on the consumer’s account; false: usable by id for an order for 24 hours */
                            saved: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a buyer identity from my account (orders that declared it keep their record) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description buyerIdentity id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List merchants by status, country or name */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    status?: "pending" | "verified" | "rejected" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contact_email: string;
                                contact_name: string;
                                contact_phone: string | null;
                                country: string;
                                /** Format: date-time */
                                created_at: string;
                                default_currency: string;
                                display_name: string;
                                headcount: number;
                                /** @description merchant id */
                                id: string;
                                legal_name: string;
                                region: string;
                                registration_number: string;
                                sector: string;
                                status: "pending" | "verified" | "rejected" | "suspended";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                website: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One merchant (merchant staff and brand owners: their own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the merchant's display and contact details (owner or operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        contact_email?: string;
                        contact_name?: string;
                        contact_phone?: string | null;
                        display_name?: string;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/merchants/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant's status changes, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("pending" | "verified" | "rejected" | "suspended") | null;
                                /** @description merchantEvent id */
                                id: string;
                                merchant_id: string;
                                reason: string | null;
                                to_status: "pending" | "verified" | "rejected" | "suspended";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended merchant (back to verified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending merchant (final; reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a verified merchant (reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a pending merchant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description merchant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            contact_name: string;
                            contact_phone: string | null;
                            country: string;
                            /** Format: date-time */
                            created_at: string;
                            default_currency: string;
                            display_name: string;
                            headcount: number;
                            /** @description merchant id */
                            id: string;
                            legal_name: string;
                            region: string;
                            registration_number: string;
                            sector: string;
                            status: "pending" | "verified" | "rejected" | "suspended";
                            status_reason: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            website: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A business applies to sell; creates the merchant (pending) and its owner account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        contact_email: string;
                        contact_name: string;
                        /** @description digits, optionally + and separators */
                        contact_phone?: string;
                        /** @description ISO 3166-1 alpha-2 code */
                        country: string;
                        /** @description ISO 4217 code */
                        default_currency: string;
                        display_name: string;
                        /** @description people employed when applying */
                        headcount: number;
                        legal_name: string;
                        owner: {
                            display_name: string;
                            /** Format: email */
                            email: string;
                            password: string;
                        };
                        region: string;
                        registration_number: string;
                        sector: "agriculture" | "food" | "apparel" | "cosmetics" | "nutrition" | "retail" | "home" | "electronics" | "other";
                        /** Format: uri */
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merchant: {
                                contact_email: string;
                                contact_name: string;
                                contact_phone: string | null;
                                country: string;
                                /** Format: date-time */
                                created_at: string;
                                default_currency: string;
                                display_name: string;
                                headcount: number;
                                /** @description merchant id */
                                id: string;
                                legal_name: string;
                                region: string;
                                registration_number: string;
                                sector: string;
                                status: "pending" | "verified" | "rejected" | "suspended";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                website: string | null;
                            };
                            owner: {
                                /** Format: date-time */
                                created_at: string;
                                display_name: string;
                                email: string;
                                /** @description user id */
                                id: string;
                                locale: string;
                                location_id: string | null;
                                merchant_id: string | null;
                                merchant_role: ("owner" | "staff") | null;
                                role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verified merchants by name (id, display name, country): e.g. for a brand owner authorising sellers */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                country: string;
                                display_name: string;
                                id: string;
                                region: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listings held for review or taken down, oldest first (the operators' queue) */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    state: "held" | "taken_down";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description product id */
                                id: string;
                                merchant_id: string;
                                /** Format: date-time */
                                moderated_at: string;
                                moderation: "held" | "taken_down";
                                moderation_code: string;
                                moderation_reason: string;
                                status: "draft" | "active" | "archived";
                                title_en: string;
                                title_zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders visible to the caller (consumer: own; merchant: with its lines; store staff: its store; operator: all) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description location id */
                    location_id?: string;
                    status?: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                buyer_id_masked: string | null;
                                buyer_name: string | null;
                                channel_id: string;
                                channel_kind: string;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                customer_id: string | null;
                                customs_regime: string | null;
                                delivery_address: {
                                    [key: string]: unknown;
                                } | null;
                                guest_email: string | null;
                                /** @description order id */
                                id: string;
                                number: number;
                                pickup_code: string | null;
                                refunded_amount: number;
                                shipping_amount: number;
                                /** @enum {string} */
                                status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                                store_location_id: string | null;
                                subtotal_amount: number;
                                /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                                tax_amount: number;
                                total_amount: number;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Place and pay an order in one call (lines, fulfilment per line, payment); idempotent by Idempotency-Key
         * @description Guests give guest_email; a signed-in consumer orders for themselves; a merchant API key may order only its own variants. Delivery lines are sourced (consumer city, nearest store, warehouse; fewest shipments); pick-up lines are served by the chosen store. Out of stock is 409 out_of_stock with shortfalls; a declined payment is 402 payment_declined.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retry with the same key returns the same order */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description for cross-border goods: the buyer customs declares them for (a saved identity, or name and ID number) */
                        buyer?: {
                            /** @description buyerIdentity id */
                            identity_id: string;
                        } | {
                            /** @description PRC resident ID number (18 characters, the last may be X) */
                            id_number: string;
                            name: string;
                        };
                        delivery?: {
                            address_line: string;
                            city: string;
                            /** @description ISO 3166-1 alpha-2 code */
                            country: string;
                            latitude?: number;
                            longitude?: number;
                            phone: string;
                            postal_code?: string;
                            province?: string;
                            recipient: string;
                        };
                        /** Format: email */
                        guest_email?: string;
                        lines: {
                            fulfilment: "delivery" | "pickup";
                            /** @description location id */
                            pickup_location_id?: string;
                            quantity: number;
                            /** @description variant id */
                            variant_id: string;
                        }[];
                        payer?: {
                            /** @description PRC resident ID number (18 characters, the last may be X) */
                            id_number: string;
                            name: string;
                        };
                        payment: {
                            /** @enum {string} */
                            provider?: "test";
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with shipments, lines, payments and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description order id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order that still holds stock; stock goes back, the payment is voided or refunded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description order id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/flags/{flagId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear an open flag of an order once it has been dealt with (e.g. the customer was called about a recall) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description orderFlag id */
                    flagId: string;
                    /** @description order id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable receipt of an order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description order id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            /** Format: date-time */
                            issued_at: string;
                            lines: {
                                line_amount: number;
                                quantity: number;
                                sku: string;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                            }[];
                            number: number;
                            order_id: string;
                            payments: {
                                amount: number;
                                provider: string;
                                status: string;
                            }[];
                            refunded_amount: number;
                            store: {
                                address_line: string;
                                city: string;
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            total_amount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payout-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payout runs, newest first, with their totals per currency (operator) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                as_of: string;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description payoutRun id */
                                id: string;
                                idempotency_key: string;
                                payout_count: number;
                                totals: {
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                }[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Pay every merchant its positive unpaid balance booked before as_of, exactly once (operator)
         * @description One payout per merchant owed more than zero; the entries it pays are marked with it. The same idempotency_key answers the same run (200, replayed: true; with another as_of: 409 idempotency_key_reused). as_of defaults to now and may not be in the future.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        as_of?: string;
                        idempotency_key: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payouts: {
                                /** @description positive minor units of currency */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                /** @description ISO 4217 code */
                                currency: string;
                                entry_count: number;
                                /** @description payout id */
                                id: string;
                                merchant_id: string;
                                paid_at: string | null;
                                paid_by: string | null;
                                reference: string | null;
                                /** @description payoutRun id */
                                run_id: string;
                                status: "pending" | "paid";
                            }[];
                            replayed: boolean;
                            run: {
                                /** Format: date-time */
                                as_of: string;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description payoutRun id */
                                id: string;
                                idempotency_key: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payouts: {
                                /** @description positive minor units of currency */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                /** @description ISO 4217 code */
                                currency: string;
                                entry_count: number;
                                /** @description payout id */
                                id: string;
                                merchant_id: string;
                                paid_at: string | null;
                                paid_by: string | null;
                                reference: string | null;
                                /** @description payoutRun id */
                                run_id: string;
                                status: "pending" | "paid";
                            }[];
                            replayed: boolean;
                            run: {
                                /** Format: date-time */
                                as_of: string;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description payoutRun id */
                                id: string;
                                idempotency_key: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payouts, newest first (merchant: own; operator: all or merchant_id) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                    /** @description payoutRun id */
                    run_id?: string;
                    status?: "pending" | "paid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description positive minor units of currency */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                /** @description ISO 4217 code */
                                currency: string;
                                entry_count: number;
                                /** @description payout id */
                                id: string;
                                merchant_id: string;
                                paid_at: string | null;
                                paid_by: string | null;
                                reference: string | null;
                                /** @description payoutRun id */
                                run_id: string;
                                status: "pending" | "paid";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payout with the ledger entries it paid (merchant: own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description payout id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description positive minor units of currency */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            /** @description ISO 4217 code */
                            currency: string;
                            entries: {
                                /** @description signed minor units of the merchant currency: sale +, commission −, refund −, commission_reversal +, fee −, payout − */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description ISO 4217 code */
                                currency: string;
                                fx_rate: string | null;
                                /** @description ledgerEntry id */
                                id: string;
                                /** @enum {string} */
                                kind: "sale" | "commission" | "refund" | "commission_reversal" | "fee" | "payout";
                                merchant_id: string;
                                note: string | null;
                                /** Format: date-time */
                                occurred_at: string;
                                order_id: string | null;
                                order_line_id: string | null;
                                payout_id: string | null;
                                quantity: number | null;
                                rate_bp: number | null;
                                refund_id: string | null;
                                source_amount: number | null;
                                source_currency: string | null;
                            }[];
                            entry_count: number;
                            /** @description payout id */
                            id: string;
                            merchant_id: string;
                            paid_at: string | null;
                            paid_by: string | null;
                            reference: string | null;
                            /** @description payoutRun id */
                            run_id: string;
                            status: "pending" | "paid";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a payout’s bank transfer: pending → paid, once (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description payout id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description positive minor units of currency */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            /** @description ISO 4217 code */
                            currency: string;
                            entry_count: number;
                            /** @description payout id */
                            id: string;
                            merchant_id: string;
                            paid_at: string | null;
                            paid_by: string | null;
                            reference: string | null;
                            /** @description payoutRun id */
                            run_id: string;
                            status: "pending" | "paid";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pickups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a pick-up order by its code (store staff: at their store) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the pick-up code the customer shows */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                buyer_id_masked: string | null;
                                buyer_name: string | null;
                                channel_id: string;
                                channel_kind: string;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                customer_id: string | null;
                                customs_regime: string | null;
                                delivery_address: {
                                    [key: string]: unknown;
                                } | null;
                                events: {
                                    actor_id: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    from_status: string | null;
                                    note: string | null;
                                    to_status: string;
                                }[];
                                /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                                flags: {
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description orderFlag id */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "recall";
                                    note: string | null;
                                    quantity: number | null;
                                    /** @description what raised it (for a recall: the recall id) */
                                    reference_id: string;
                                    subject_id: string | null;
                                }[];
                                guest_email: string | null;
                                /** @description order id */
                                id: string;
                                lines: {
                                    currency: string;
                                    /** @description domestic, cbec or general_trade */
                                    customs_regime: string;
                                    /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                    freight_amount: number;
                                    fulfilment: string;
                                    fx_rate: string | null;
                                    fx_rate_id: string | null;
                                    hs_code: string | null;
                                    id: string;
                                    list_currency: string | null;
                                    list_unit_price_amount: number | null;
                                    location_id: string;
                                    merchant_id: string;
                                    order_id: string;
                                    /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                    price_source: string;
                                    quantity: number;
                                    returned_quantity: number;
                                    shipment_id: string;
                                    sku: string;
                                    tax_amount: number;
                                    title_en: string;
                                    title_zh: string;
                                    unit_price_amount: number;
                                    variant_id: string;
                                }[];
                                number: number;
                                payments: {
                                    amount: number;
                                    captured_amount: number;
                                    currency: string;
                                    id: string;
                                    provider: string;
                                    refunded_amount: number;
                                    status: string;
                                }[];
                                pickup_code: string | null;
                                refunded_amount: number;
                                shipments: {
                                    /** Format: date-time */
                                    created_at: string;
                                    freight_amount: number;
                                    /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                    fulfilment_mode: string;
                                    id: string;
                                    kind: string;
                                    location_id: string;
                                    order_id: string;
                                    status: string;
                                    tracking_number: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                shipping_amount: number;
                                /** @enum {string} */
                                status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                                store_location_id: string | null;
                                subtotal_amount: number;
                                /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                                tax_amount: number;
                                tax_lines: {
                                    amount: number;
                                    base_amount: number;
                                    currency: string;
                                    /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                    included: boolean;
                                    kind: "tariff" | "consumption_tax" | "vat";
                                    order_line_id: string;
                                    /** @description effective rate in basis points (910 = 9.1 %) */
                                    rate_bp: number;
                                    /** @description stable code of the rule that produced it */
                                    rule: string;
                                    rule_text: string;
                                }[];
                                total_amount: number;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            shipment_id: string;
                            shipment_status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pickups/{code}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a ready pick-up over to the customer; the order becomes collected */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the pick-up code the customer shows */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/price-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price rules (markup and rounding of converted prices), in creation order (operator) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description ISO 4217 code */
                    sale_currency?: string;
                    scope?: "default" | "category" | "merchant";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** @description priceRule id */
                                id: string;
                                markup_bp: number;
                                merchant_id: string | null;
                                /** @description none; up_to_yuan: up to a whole major unit; nearest_yuan: nearest whole, half-up; end_90: the smallest price >= x ending in .90 */
                                rounding: "none" | "up_to_yuan" | "nearest_yuan" | "end_90";
                                sale_currency: string;
                                scope: "default" | "category" | "merchant";
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a price rule (operator): merchant > category (or nearest ancestor) > default
         * @description One rule per target and sale currency (409 price_rule_exists). Markup and rounding apply to converted prices only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category_id?: string | null;
                        /** @description basis points: 800 = 8 % */
                        markup_bp: number;
                        merchant_id?: string | null;
                        /** @description none; up_to_yuan: up to a whole major unit; nearest_yuan: nearest whole, half-up; end_90: the smallest price >= x ending in .90 */
                        rounding: "none" | "up_to_yuan" | "nearest_yuan" | "end_90";
                        /** @description ISO 4217 code */
                        sale_currency?: string;
                        scope: "default" | "category" | "merchant";
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description priceRule id */
                            id: string;
                            markup_bp: number;
                            merchant_id: string | null;
                            /** @description none; up_to_yuan: up to a whole major unit; nearest_yuan: nearest whole, half-up; end_90: the smallest price >= x ending in .90 */
                            rounding: "none" | "up_to_yuan" | "nearest_yuan" | "end_90";
                            sale_currency: string;
                            scope: "default" | "category" | "merchant";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/price-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a price rule (operator); answers the rule removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description priceRule id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description priceRule id */
                            id: string;
                            markup_bp: number;
                            merchant_id: string | null;
                            /** @description none; up_to_yuan: up to a whole major unit; nearest_yuan: nearest whole, half-up; end_90: the smallest price >= x ending in .90 */
                            rounding: "none" | "up_to_yuan" | "nearest_yuan" | "end_90";
                            sale_currency: string;
                            scope: "default" | "category" | "merchant";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse and search products (public: active ones; merchant: its own, any status; operator: all)
         * @description q matches substrings of titles, descriptions, brand names and SKUs in English and Chinese; every whitespace-separated term must match.
         */
        get: {
            parameters: {
                query?: {
                    /** @description brand id */
                    brand_id?: string;
                    /** @description category id */
                    category_id?: string;
                    /** @description ISO 4217 sale currency of sale_price (default CNY) */
                    currency?: string;
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                    q?: string;
                    status?: "draft" | "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brand_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description product id */
                                id: string;
                                image_urls: string[];
                                merchant_id: string;
                                min_remaining_shelf_life: ({
                                    /** @description whole days left on the promised day */
                                    days: number;
                                } | {
                                    /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                    fraction: number;
                                }) | null;
                                moderation: ("held" | "taken_down") | null;
                                price_from: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                } | null;
                                sale_price_from: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                status: "draft" | "active" | "archived";
                                /** @description How the product is stored and moved; only locations holding this class take its stock */
                                temperature_class: "ambient" | "chilled" | "frozen";
                                title_en: string;
                                title_zh: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** List a product with its variants (merchant: its own; operator: for merchant_id), all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        brand_id?: string | null;
                        category_ids?: string[];
                        description_en?: string;
                        description_zh?: string;
                        /** @description Harmonized System code, 6 to 10 digits */
                        hs_code: string;
                        image_urls?: string[];
                        /** @description merchant id */
                        merchant_id?: string;
                        min_remaining_shelf_life?: ({
                            /** @description whole days left on the promised day */
                            days: number;
                        } | {
                            /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                            fraction: number;
                        }) | null;
                        /** @description Axes a variant picks one value of, e.g. [{"name": "size", "values": ["S", "M"]}] */
                        options?: {
                            name: string;
                            values: string[];
                        }[];
                        /** @description ISO 3166-1 alpha-2 code */
                        origin_country: string;
                        status?: "draft" | "active";
                        /** @description How the product is stored and moved; only locations holding this class take its stock */
                        temperature_class?: "ambient" | "chilled" | "frozen";
                        title_en: string;
                        title_zh: string;
                        variants: {
                            gtin?: string | null;
                            /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                            lot_tracked?: boolean;
                            /** @description One value per product option, e.g. {"size": "M"} */
                            option_values?: {
                                [key: string]: string;
                            };
                            price: {
                                /** @description minor units (cents, fen) */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                            };
                            sku: string;
                            /** @description grams */
                            weight_g: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brand: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            brand_id: string | null;
                            categories: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                slug: string;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            description_en: string;
                            description_zh: string;
                            hs_code: string;
                            /** @description product id */
                            id: string;
                            image_urls: string[];
                            merchant_id: string;
                            min_remaining_shelf_life: ({
                                /** @description whole days left on the promised day */
                                days: number;
                            } | {
                                /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                fraction: number;
                            }) | null;
                            moderation: {
                                code: string;
                                reason: string;
                                /** Format: date-time */
                                since: string;
                                state: "held" | "taken_down";
                            } | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            origin_country: string;
                            status: "draft" | "active" | "archived";
                            /** @description How the product is stored and moved; only locations holding this class take its stock */
                            temperature_class: "ambient" | "chilled" | "frozen";
                            title_en: string;
                            title_zh: string;
                            /** Format: date-time */
                            updated_at: string;
                            variants: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product with variants (each with its sale price), categories and brand */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 4217 sale currency of sale_price (default CNY) */
                    currency?: string;
                };
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brand: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            brand_id: string | null;
                            categories: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                slug: string;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            description_en: string;
                            description_zh: string;
                            hs_code: string;
                            /** @description product id */
                            id: string;
                            image_urls: string[];
                            merchant_id: string;
                            min_remaining_shelf_life: ({
                                /** @description whole days left on the promised day */
                                days: number;
                            } | {
                                /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                fraction: number;
                            }) | null;
                            moderation: {
                                code: string;
                                reason: string;
                                /** Format: date-time */
                                since: string;
                                state: "held" | "taken_down";
                            } | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            origin_country: string;
                            status: "draft" | "active" | "archived";
                            /** @description How the product is stored and moved; only locations holding this class take its stock */
                            temperature_class: "ambient" | "chilled" | "frozen";
                            title_en: string;
                            title_zh: string;
                            /** Format: date-time */
                            updated_at: string;
                            variants: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product's descriptive fields, brand, categories, options, temperature class or shelf-life rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        brand_id?: string | null;
                        category_ids?: string[];
                        description_en?: string;
                        description_zh?: string;
                        /** @description Harmonized System code, 6 to 10 digits */
                        hs_code?: string;
                        image_urls?: string[];
                        min_remaining_shelf_life?: ({
                            /** @description whole days left on the promised day */
                            days: number;
                        } | {
                            /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                            fraction: number;
                        }) | null;
                        /** @description Axes a variant picks one value of, e.g. [{"name": "size", "values": ["S", "M"]}] */
                        options?: {
                            name: string;
                            values: string[];
                        }[];
                        /** @description ISO 3166-1 alpha-2 code */
                        origin_country?: string;
                        /** @description How the product is stored and moved; only locations holding this class take its stock */
                        temperature_class?: "ambient" | "chilled" | "frozen";
                        title_en?: string;
                        title_zh?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brand: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            brand_id: string | null;
                            categories: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                slug: string;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            description_en: string;
                            description_zh: string;
                            hs_code: string;
                            /** @description product id */
                            id: string;
                            image_urls: string[];
                            merchant_id: string;
                            min_remaining_shelf_life: ({
                                /** @description whole days left on the promised day */
                                days: number;
                            } | {
                                /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                fraction: number;
                            }) | null;
                            moderation: {
                                code: string;
                                reason: string;
                                /** Format: date-time */
                                since: string;
                                state: "held" | "taken_down";
                            } | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            origin_country: string;
                            status: "draft" | "active" | "archived";
                            /** @description How the product is stored and moved; only locations holding this class take its stock */
                            temperature_class: "ambient" | "chilled" | "frozen";
                            title_en: string;
                            title_zh: string;
                            /** Format: date-time */
                            updated_at: string;
                            variants: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/products/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing's moderation history, oldest first (its merchant and operators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                from_state: ("held" | "taken_down") | null;
                                reason: string;
                                reference: string | null;
                                to_state: ("held" | "taken_down") | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Hold a listing for review, take it down, or lift that (null); the merchant sees the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        reason: string;
                        reference?: string;
                        state: ("held" | "taken_down") | null;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brand: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            brand_id: string | null;
                            categories: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                slug: string;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            description_en: string;
                            description_zh: string;
                            hs_code: string;
                            /** @description product id */
                            id: string;
                            image_urls: string[];
                            merchant_id: string;
                            min_remaining_shelf_life: ({
                                /** @description whole days left on the promised day */
                                days: number;
                            } | {
                                /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                fraction: number;
                            }) | null;
                            moderation: {
                                code: string;
                                reason: string;
                                /** Format: date-time */
                                since: string;
                                state: "held" | "taken_down";
                            } | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            origin_country: string;
                            status: "draft" | "active" | "archived";
                            /** @description How the product is stored and moved; only locations holding this class take its stock */
                            temperature_class: "ambient" | "chilled" | "frozen";
                            title_en: string;
                            title_zh: string;
                            /** Format: date-time */
                            updated_at: string;
                            variants: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a product: draft → active (verified merchants) → archived → draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "draft" | "active" | "archived";
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brand: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                            } | null;
                            brand_id: string | null;
                            categories: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                slug: string;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            description_en: string;
                            description_zh: string;
                            hs_code: string;
                            /** @description product id */
                            id: string;
                            image_urls: string[];
                            merchant_id: string;
                            min_remaining_shelf_life: ({
                                /** @description whole days left on the promised day */
                                days: number;
                            } | {
                                /** @description share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667 */
                                fraction: number;
                            }) | null;
                            moderation: {
                                code: string;
                                reason: string;
                                /** Format: date-time */
                                since: string;
                                state: "held" | "taken_down";
                            } | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            origin_country: string;
                            status: "draft" | "active" | "archived";
                            /** @description How the product is stored and moved; only locations holding this class take its stock */
                            temperature_class: "ambient" | "chilled" | "frozen";
                            title_en: string;
                            title_zh: string;
                            /** Format: date-time */
                            updated_at: string;
                            variants: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant to a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description product id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gtin?: string | null;
                        /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                        lot_tracked?: boolean;
                        /** @description One value per product option, e.g. {"size": "M"} */
                        option_values?: {
                            [key: string]: string;
                        };
                        price: {
                            /** @description minor units (cents, fen) */
                            amount: number;
                            /** @description ISO 4217 code */
                            currency: string;
                        };
                        sku: string;
                        /** @description grams */
                        weight_g: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            gtin: string | null;
                            /** @description variant id */
                            id: string;
                            /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                            lot_tracked: boolean;
                            merchant_id: string;
                            option_values: {
                                [key: string]: string;
                            };
                            price: {
                                /** @description minor units (cents, fen) */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                            };
                            product_id: string;
                            sale_price: {
                                /** @description minor units of the sale currency */
                                amount: number;
                                currency: string;
                                /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                source: "list" | "converted" | "override";
                            } | null;
                            sku: string;
                            status: "active" | "archived";
                            /** Format: date-time */
                            updated_at: string;
                            weight_g: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a merchant’s products as CSV, one row per variant (merchant and brand owner: own; operator: merchant_id)
         * @description Columns: product, title_en, title_zh, description_en, description_zh, hs_code, origin_country, categories, image_urls, status, temperature_class, sku, gtin, option1_name, option1_value, option2_name, option2_value, option3_name, option3_value, option4_name, option4_value, option5_name, option5_value, weight_g, price_amount, price_currency, lot_tracked, variant_status. Rows with the same `product` (a product id, or a handle for a new product) are the variants of one product; categories (slugs) and image_urls are separated by |; price_amount is in minor units (cents, fen). Text a spreadsheet would run as a formula (starting with = + - @) is written with a leading '.
         */
        get: {
            parameters: {
                query?: {
                    /** @description merchant id */
                    merchant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The CSV (RFC 4180, UTF-8, CRLF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from CSV (the export’s layout), all or nothing, with a report row by row
         * @description Columns: product, title_en, title_zh, description_en, description_zh, hs_code, origin_country, categories, image_urls, status, temperature_class, sku, gtin, option1_name, option1_value, option2_name, option2_value, option3_name, option3_value, option4_name, option4_value, option5_name, option5_value, weight_g, price_amount, price_currency, lot_tracked, variant_status. Rows with the same `product` (a product id, or a handle for a new product) are the variants of one product; categories (slugs) and image_urls are separated by |; price_amount is in minor units (cents, fen). Required columns: product, title_en, title_zh, hs_code, origin_country, sku, weight_g, price_amount, price_currency; a column left out changes nothing on existing products. A row whose SKU the merchant has updates that variant; other rows add variants or products. Every row is checked first, then written with the catalogue's own rules in one transaction; any error (or dry_run) writes nothing. At most 10000 rows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the CSV text (UTF-8; a leading BOM is ignored) */
                        csv: string;
                        /**
                         * @description check everything, write nothing
                         * @default false
                         */
                        dry_run?: boolean;
                        /** @description merchant id */
                        merchant_id?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description variants created (on a dry run: that would be) */
                            created: number;
                            dry_run: boolean;
                            errors: {
                                /** @description stable reason, the same codes the API answers (invalid_gtin, sku_taken…) plus the file’s own */
                                code: string;
                                column: string | null;
                                message: string;
                                /** @description as a spreadsheet numbers rows: the header is row 1 */
                                row: number;
                            }[];
                            /** @description more errors were found than are listed */
                            errors_truncated: boolean;
                            /** @description every row is valid (and, unless dry_run, written); false: nothing was written */
                            ok: boolean;
                            products_created: number;
                            products_updated: number;
                            /** @description rows whose SKU exists: that variant and its product take the row’s values */
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public headline of the jobs promise: to date, targets, methods, the quarter series and the top states; no per-merchant data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            by_state: {
                                jobs_supported: number;
                                reported_new_hires: number;
                                small_businesses: number;
                                state: string;
                            }[];
                            methods: {
                                active: string;
                                jobs_supported: string;
                                reported_new_hires: string;
                                small_business: string;
                            };
                            programme: {
                                /** Format: date */
                                end_date: string;
                                /** Format: date */
                                start_date: string;
                                target_businesses: number;
                                target_jobs: number;
                            };
                            quarters: {
                                cumulative_new_hires: number;
                                cumulative_small_businesses: number;
                                jobs_supported: number | null;
                                quarter: string;
                                reported_new_hires: number;
                                small_businesses_active: number;
                                target_path_businesses: number;
                                target_path_jobs: number;
                            }[];
                            run_rate: {
                                businesses_current_per_quarter: number;
                                businesses_needed_per_quarter: number;
                                jobs_current_per_quarter: number;
                                jobs_needed_per_quarter: number;
                                quarters_left: number;
                            };
                            to_date: {
                                jobs_supported_latest: number | null;
                                latest_quarter: string | null;
                                reported_new_hires: number;
                                small_businesses: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recalls, newest first (merchant: own; operator: all) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description lot id */
                    lot_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description recall id */
                                id: string;
                                lot_id: string;
                                merchant_id: string;
                                open_flags: number;
                                orders_flagged: number;
                                reason: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recall with its lot and the orders it flagged */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description recall id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor_id: string | null;
                            /** Format: date-time */
                            created_at: string;
                            flags: {
                                cleared_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                order_id: string;
                                quantity: number | null;
                            }[];
                            /** @description recall id */
                            id: string;
                            lot: {
                                best_before: string | null;
                                /** @description GS1 AI 10 */
                                code: string;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                id: string;
                                levels: {
                                    available: number;
                                    blocked: number;
                                    location_id: string;
                                    on_hand: number;
                                    reserved: number;
                                }[];
                                merchant_id: string;
                                production_date: string | null;
                                /** @enum {string} */
                                status: "active" | "blocked" | "recalled";
                                status_reason: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                use_by: string | null;
                                variant_id: string;
                            };
                            lot_id: string;
                            merchant_id: string;
                            orders_flagged: number;
                            reason: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trace report of a recall: units sold, returned, in stock and in transit, with totals that reconcile (JSON, or CSV with ?format=csv) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    /** @description recall id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            generated_at: string;
                            in_stock: {
                                blocked: number;
                                location_id: string;
                                location_name: string | null;
                                on_hand: number;
                                reserved: number;
                            }[];
                            in_transit: {
                                dispatched_at: string | null;
                                from_location_id: string;
                                from_location_name: string | null;
                                /** @description sent minus received, of this lot */
                                in_transit: number;
                                received: number;
                                sent: number;
                                status: string;
                                to_location_id: string;
                                to_location_name: string | null;
                                transfer_id: string;
                            }[];
                            lot: {
                                best_before: string | null;
                                code: string;
                                id: string;
                                production_date: string | null;
                                sku: string | null;
                                status: string;
                                title_en: string | null;
                                use_by: string | null;
                                variant_id: string;
                            };
                            recall: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description recall id */
                                id: string;
                                lot_id: string;
                                merchant_id: string;
                                reason: string;
                            };
                            returned: {
                                kind: "return" | "cancellation";
                                /** @description where the units came back */
                                location_id: string;
                                location_name: string | null;
                                order_id: string | null;
                                quantity: number;
                                reference_id: string | null;
                                /** Format: date-time */
                                returned_at: string;
                            }[];
                            sold: {
                                channel: ("online" | "till") | null;
                                /** @description where the units left from (the store, for a till sale) */
                                location_id: string;
                                location_name: string | null;
                                order_id: string | null;
                                order_number: number | null;
                                order_status: string | null;
                                /** @description units of the lot sold on this order from this location */
                                quantity: number;
                                /** @description of those, units that came back so far (returns, cancellation) */
                                returned: number;
                                /** Format: date-time */
                                sold_at: string;
                            }[];
                            /** @description received = sold - returned + in_stock + in_transit + adjusted */
                            totals: {
                                /** @description units that left the ledger otherwise: write-offs and count corrections (net), units lost on closed transfers */
                                adjusted: number;
                                adjustments: {
                                    closed_transfers: number;
                                    stock_adjustments: number;
                                };
                                /** @description received = sold - returned + in_stock + in_transit + adjusted */
                                balanced: boolean;
                                in_stock: number;
                                in_transit: number;
                                /** @description units received into the ledger (receipts) */
                                received: number;
                                returned: number;
                                sold: number;
                            };
                        };
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/expected-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accepted purchase orders still expected (merchant: its stores; store staff: their store) */
        get: {
            parameters: {
                query?: {
                    /** @description location id */
                    location_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date */
                            expected_on: string;
                            id: string;
                            location_id: string;
                            merchant_id: string;
                            proposal_id: string;
                            quantity: number;
                            status: "expected" | "received" | "cancelled";
                            variant_id: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/expected-receipts/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive an expected purchase order at its store (units as counted; default as ordered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity?: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date */
                            expected_on: string;
                            id: string;
                            location_id: string;
                            merchant_id: string;
                            proposal_id: string;
                            quantity: number;
                            status: "expected" | "received" | "cancelled";
                            variant_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replenishment proposals (merchants: own; operators: any merchant_id) */
        get: {
            parameters: {
                query?: {
                    /** @description replenishment proposal id */
                    after?: string;
                    limit?: number;
                    /** @description location id */
                    location_id?: string;
                    /** @description merchant id */
                    merchant_id?: string;
                    status?: "open" | "accepted" | "rejected" | "superseded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accepted_quantity: number | null;
                                /** Format: date-time */
                                created_at: string;
                                decided_at: string | null;
                                decided_by: string | null;
                                expected_receipt_id: string | null;
                                explanation: string;
                                id: string;
                                kind: "transfer" | "purchase_order";
                                /** @description the store to replenish */
                                location_id: string;
                                merchant_id: string;
                                proposed_quantity: number;
                                /** @description why: the forecast over the lead time, the stock, the lead time, safety stock and service level */
                                reason: {
                                    demand_over_lead_time: number;
                                    demand_over_review: number;
                                    error_sd: number;
                                    forecast_per_day: number;
                                    in_transit: number;
                                    lead_time_days: number;
                                    model: string;
                                    on_hand: number;
                                    on_order: number;
                                    order_up_to: number;
                                    /** @description available + in transit + on order */
                                    position: number;
                                    reorder_point: number;
                                    /** @description reserved or blocked: not available to sell */
                                    reserved: number;
                                    review_days: number;
                                    safety_stock: number;
                                    service_level: number;
                                    source_on_hand?: number;
                                    source_spare?: number;
                                    z: number;
                                };
                                reject_reason: string | null;
                                source_location_id: string | null;
                                status: "open" | "accepted" | "rejected" | "superseded";
                                transfer_id: string | null;
                                variant_id: string;
                            }[];
                            next_after: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (optionally with an edited quantity): a draft transfer from the source, or an expected receipt for a purchase order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description replenishment proposal id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity?: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted_quantity: number | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            expected_receipt_id: string | null;
                            explanation: string;
                            id: string;
                            kind: "transfer" | "purchase_order";
                            /** @description the store to replenish */
                            location_id: string;
                            merchant_id: string;
                            proposed_quantity: number;
                            /** @description why: the forecast over the lead time, the stock, the lead time, safety stock and service level */
                            reason: {
                                demand_over_lead_time: number;
                                demand_over_review: number;
                                error_sd: number;
                                forecast_per_day: number;
                                in_transit: number;
                                lead_time_days: number;
                                model: string;
                                on_hand: number;
                                on_order: number;
                                order_up_to: number;
                                /** @description available + in transit + on order */
                                position: number;
                                reorder_point: number;
                                /** @description reserved or blocked: not available to sell */
                                reserved: number;
                                review_days: number;
                                safety_stock: number;
                                service_level: number;
                                source_on_hand?: number;
                                source_spare?: number;
                                z: number;
                            };
                            reject_reason: string | null;
                            source_location_id: string | null;
                            status: "open" | "accepted" | "rejected" | "superseded";
                            transfer_id: string | null;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description replenishment proposal id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted_quantity: number | null;
                            /** Format: date-time */
                            created_at: string;
                            decided_at: string | null;
                            decided_by: string | null;
                            expected_receipt_id: string | null;
                            explanation: string;
                            id: string;
                            kind: "transfer" | "purchase_order";
                            /** @description the store to replenish */
                            location_id: string;
                            merchant_id: string;
                            proposed_quantity: number;
                            /** @description why: the forecast over the lead time, the stock, the lead time, safety stock and service level */
                            reason: {
                                demand_over_lead_time: number;
                                demand_over_review: number;
                                error_sd: number;
                                forecast_per_day: number;
                                in_transit: number;
                                lead_time_days: number;
                                model: string;
                                on_hand: number;
                                on_order: number;
                                order_up_to: number;
                                /** @description available + in transit + on order */
                                position: number;
                                reorder_point: number;
                                /** @description reserved or blocked: not available to sell */
                                reserved: number;
                                review_days: number;
                                safety_stock: number;
                                service_level: number;
                                source_on_hand?: number;
                                source_spare?: number;
                                z: number;
                            };
                            reject_reason: string | null;
                            source_location_id: string | null;
                            status: "open" | "accepted" | "rejected" | "superseded";
                            transfer_id: string | null;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/proposals/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate proposals for every variant × store from forecasts and stock, replacing the open ones */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generated: number;
                            items: {
                                accepted_quantity: number | null;
                                /** Format: date-time */
                                created_at: string;
                                decided_at: string | null;
                                decided_by: string | null;
                                expected_receipt_id: string | null;
                                explanation: string;
                                id: string;
                                kind: "transfer" | "purchase_order";
                                /** @description the store to replenish */
                                location_id: string;
                                merchant_id: string;
                                proposed_quantity: number;
                                /** @description why: the forecast over the lead time, the stock, the lead time, safety stock and service level */
                                reason: {
                                    demand_over_lead_time: number;
                                    demand_over_review: number;
                                    error_sd: number;
                                    forecast_per_day: number;
                                    in_transit: number;
                                    lead_time_days: number;
                                    model: string;
                                    on_hand: number;
                                    on_order: number;
                                    order_up_to: number;
                                    /** @description available + in transit + on order */
                                    position: number;
                                    reorder_point: number;
                                    /** @description reserved or blocked: not available to sell */
                                    reserved: number;
                                    review_days: number;
                                    safety_stock: number;
                                    service_level: number;
                                    source_on_hand?: number;
                                    source_spare?: number;
                                    z: number;
                                };
                                reject_reason: string | null;
                                source_location_id: string | null;
                                status: "open" | "accepted" | "rejected" | "superseded";
                                transfer_id: string | null;
                                variant_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replenishment/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service level, lead times and review period (defaults until set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lead_po_days: number;
                            lead_store_days: number;
                            lead_warehouse_days: number;
                            /** @description days between proposal runs */
                            review_days: number;
                            /** @description target cycle service level */
                            service_level: number;
                        };
                    };
                };
            };
        };
        /** Set the service level, lead times per source and review period */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lead_po_days: number;
                        lead_store_days: number;
                        lead_warehouse_days: number;
                        /** @description days between proposal runs */
                        review_days: number;
                        /** @description target cycle service level */
                        service_level: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lead_po_days: number;
                            lead_store_days: number;
                            lead_warehouse_days: number;
                            /** @description days between proposal runs */
                            review_days: number;
                            /** @description target cycle service level */
                            service_level: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Paid sales by currency, channel, store, city and day (merchant and brand owner: own lines; operator: all)
         * @description Orders past payment (not placed or cancelled), counted by the day they were placed in Asia/Shanghai time; from and to are inclusive and default to the last 30 days (at most 732). Amounts are never added across currencies: every row names its currency.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            by_channel: {
                                /** @description minor units of currency: quantity × unit price of the lines in scope */
                                amount: number;
                                channel: "online" | "till";
                                /** @description ISO 4217 code */
                                currency: string;
                                /** @description distinct orders with at least one line in scope */
                                orders: number;
                                units: number;
                            }[];
                            by_city: {
                                /** @description minor units of currency: quantity × unit price of the lines in scope */
                                amount: number;
                                city: string;
                                /** @description ISO 4217 code */
                                currency: string;
                                /** @description distinct orders with at least one line in scope */
                                orders: number;
                                units: number;
                            }[];
                            by_day: {
                                /** @description minor units of currency: quantity × unit price of the lines in scope */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                                /** Format: date */
                                day: string;
                                /** @description distinct orders with at least one line in scope */
                                orders: number;
                                units: number;
                            }[];
                            by_location: {
                                /** @description minor units of currency: quantity × unit price of the lines in scope */
                                amount: number;
                                city: string;
                                /** @description ISO 4217 code */
                                currency: string;
                                /** @description where the goods left from: the store of a till sale, the shipping store or warehouse of an online order */
                                location_id: string;
                                name_en: string;
                                name_zh: string;
                                /** @description distinct orders with at least one line in scope */
                                orders: number;
                                units: number;
                            }[];
                            currency_totals: {
                                /** @description minor units of currency: quantity × unit price of the lines in scope */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                                /** @description distinct orders with at least one line in scope */
                                orders: number;
                                units: number;
                            }[];
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return units of an order at any store (or online); stock goes into that location, the customer is refunded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        client_return_id?: string;
                        lines: {
                            /** @description Lot (GS1 AI 10) */
                            lot_code?: string;
                            order_line_id: string;
                            quantity: number;
                        }[];
                        /** @description location id */
                        location_id?: string;
                        /** @description order id */
                        order_id: string;
                        reason: string;
                        receipt_number?: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                buyer_id_masked: string | null;
                                buyer_name: string | null;
                                channel_id: string;
                                channel_kind: string;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                customer_id: string | null;
                                customs_regime: string | null;
                                delivery_address: {
                                    [key: string]: unknown;
                                } | null;
                                events: {
                                    actor_id: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    from_status: string | null;
                                    note: string | null;
                                    to_status: string;
                                }[];
                                /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                                flags: {
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description orderFlag id */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "recall";
                                    note: string | null;
                                    quantity: number | null;
                                    /** @description what raised it (for a recall: the recall id) */
                                    reference_id: string;
                                    subject_id: string | null;
                                }[];
                                guest_email: string | null;
                                /** @description order id */
                                id: string;
                                lines: {
                                    currency: string;
                                    /** @description domestic, cbec or general_trade */
                                    customs_regime: string;
                                    /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                    freight_amount: number;
                                    fulfilment: string;
                                    fx_rate: string | null;
                                    fx_rate_id: string | null;
                                    hs_code: string | null;
                                    id: string;
                                    list_currency: string | null;
                                    list_unit_price_amount: number | null;
                                    location_id: string;
                                    merchant_id: string;
                                    order_id: string;
                                    /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                    price_source: string;
                                    quantity: number;
                                    returned_quantity: number;
                                    shipment_id: string;
                                    sku: string;
                                    tax_amount: number;
                                    title_en: string;
                                    title_zh: string;
                                    unit_price_amount: number;
                                    variant_id: string;
                                }[];
                                number: number;
                                payments: {
                                    amount: number;
                                    captured_amount: number;
                                    currency: string;
                                    id: string;
                                    provider: string;
                                    refunded_amount: number;
                                    status: string;
                                }[];
                                pickup_code: string | null;
                                refunded_amount: number;
                                shipments: {
                                    /** Format: date-time */
                                    created_at: string;
                                    freight_amount: number;
                                    /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                    fulfilment_mode: string;
                                    id: string;
                                    kind: string;
                                    location_id: string;
                                    order_id: string;
                                    status: string;
                                    tracking_number: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                shipping_amount: number;
                                /** @enum {string} */
                                status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                                store_location_id: string | null;
                                subtotal_amount: number;
                                /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                                tax_amount: number;
                                tax_lines: {
                                    amount: number;
                                    base_amount: number;
                                    currency: string;
                                    /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                    included: boolean;
                                    kind: "tariff" | "consumption_tax" | "vat";
                                    order_line_id: string;
                                    /** @description effective rate in basis points (910 = 9.1 %) */
                                    rate_bp: number;
                                    /** @description stable code of the rule that produced it */
                                    rule: string;
                                    rule_text: string;
                                }[];
                                total_amount: number;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            replayed: boolean;
                            return_id: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            order: {
                                buyer_id_masked: string | null;
                                buyer_name: string | null;
                                channel_id: string;
                                channel_kind: string;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                customer_id: string | null;
                                customs_regime: string | null;
                                delivery_address: {
                                    [key: string]: unknown;
                                } | null;
                                events: {
                                    actor_id: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                    from_status: string | null;
                                    note: string | null;
                                    to_status: string;
                                }[];
                                /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                                flags: {
                                    /** Format: date-time */
                                    created_at: string;
                                    /** @description orderFlag id */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "recall";
                                    note: string | null;
                                    quantity: number | null;
                                    /** @description what raised it (for a recall: the recall id) */
                                    reference_id: string;
                                    subject_id: string | null;
                                }[];
                                guest_email: string | null;
                                /** @description order id */
                                id: string;
                                lines: {
                                    currency: string;
                                    /** @description domestic, cbec or general_trade */
                                    customs_regime: string;
                                    /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                    freight_amount: number;
                                    fulfilment: string;
                                    fx_rate: string | null;
                                    fx_rate_id: string | null;
                                    hs_code: string | null;
                                    id: string;
                                    list_currency: string | null;
                                    list_unit_price_amount: number | null;
                                    location_id: string;
                                    merchant_id: string;
                                    order_id: string;
                                    /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                    price_source: string;
                                    quantity: number;
                                    returned_quantity: number;
                                    shipment_id: string;
                                    sku: string;
                                    tax_amount: number;
                                    title_en: string;
                                    title_zh: string;
                                    unit_price_amount: number;
                                    variant_id: string;
                                }[];
                                number: number;
                                payments: {
                                    amount: number;
                                    captured_amount: number;
                                    currency: string;
                                    id: string;
                                    provider: string;
                                    refunded_amount: number;
                                    status: string;
                                }[];
                                pickup_code: string | null;
                                refunded_amount: number;
                                shipments: {
                                    /** Format: date-time */
                                    created_at: string;
                                    freight_amount: number;
                                    /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                    fulfilment_mode: string;
                                    id: string;
                                    kind: string;
                                    location_id: string;
                                    order_id: string;
                                    status: string;
                                    tracking_number: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                shipping_amount: number;
                                /** @enum {string} */
                                status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                                store_location_id: string | null;
                                subtotal_amount: number;
                                /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                                tax_amount: number;
                                tax_lines: {
                                    amount: number;
                                    base_amount: number;
                                    currency: string;
                                    /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                    included: boolean;
                                    kind: "tariff" | "consumption_tax" | "vat";
                                    order_line_id: string;
                                    /** @description effective rate in basis points (910 = 9.1 %) */
                                    rate_bp: number;
                                    /** @description stable code of the rule that produced it */
                                    rule: string;
                                    rule_text: string;
                                }[];
                                total_amount: number;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            refund_amount: number;
                            replayed: boolean;
                            return_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scan/gs1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a scanned GS1 symbol (element string, bracketed or with FNC1/GS, or a Digital Link URI): GTIN, variant, lot and dates
         * @description Unreadable data is 400 'invalid_gs1' with the parser's reason in `gs1_error` (and the AI at fault in `ai`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            best_before: string | null;
                            /** @description every element read, in order */
                            elements: {
                                ai: string;
                                value: string;
                            }[];
                            gtin: string | null;
                            lot_code: string | null;
                            production_date: string | null;
                            quantity: number | null;
                            serial: string | null;
                            use_by: string | null;
                            variant_id: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a held listing, take it down, or acknowledge a flag; the merchant sees the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        action: "release" | "take_down" | "acknowledge";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            decision: "live" | "held";
                            findings: ({
                                detail: string;
                                excerpt?: string;
                                field: string;
                                language: string | null;
                                matched: {
                                    name: string;
                                    registration_id: string;
                                };
                                rule: string;
                                severity: "hold" | "flag";
                                via?: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            flags: string[];
                            id: string;
                            merchant_id: string;
                            product_id: string;
                            review_outcome: string | null;
                            review_reason: string | null;
                            reviewed_at: string | null;
                            reviewed_by: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listings held by screening or flagged, not yet reviewed, oldest first, with each finding and its rule */
        get: {
            parameters: {
                query?: {
                    decision?: "held" | "live";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                decision: "live" | "held";
                                findings: ({
                                    detail: string;
                                    excerpt?: string;
                                    field: string;
                                    language: string | null;
                                    matched: {
                                        name: string;
                                        registration_id: string;
                                    };
                                    rule: string;
                                    severity: "hold" | "flag";
                                    via?: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                flags: string[];
                                id: string;
                                merchant_id: string;
                                product_id: string;
                                review_outcome: string | null;
                                review_reason: string | null;
                                reviewed_at: string | null;
                                reviewed_by: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sell-through": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units sold and returned per local business day, store or channel, with totals (merchants: own; operators: any merchant_id) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    group?: "day" | "location" | "channel";
                    /** @description location id */
                    location_id?: string;
                    /** @description merchant id */
                    merchant_id?: string;
                    to?: string;
                    /** @description variant id */
                    variant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            by_location_channel: {
                                channel: "online" | "till" | "other";
                                location_id: string;
                                /** @description sold − returned */
                                net_units: number;
                                units_returned: number;
                                units_sold: number;
                            }[];
                            /** Format: date */
                            from: string;
                            group: string;
                            rows: {
                                /** @description the day, location id or channel */
                                key: string;
                                /** @description sold − returned */
                                net_units: number;
                                units_returned: number;
                                units_sold: number;
                            }[];
                            /** Format: date */
                            to: string;
                            totals: {
                                /** @description sold − returned */
                                net_units: number;
                                units_returned: number;
                                units_sold: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant’s balance in its own currency (merchant: own; operator: merchant_id) */
        get: {
            parameters: {
                query?: {
                    /** @description merchant id */
                    merchant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 4217 code */
                            currency: string;
                            merchant_id: string;
                            /** @description everything payouts have paid */
                            paid_total: number;
                            /** @description paid out but not yet confirmed by the bank */
                            pending_payouts: number;
                            /** @description owed to the merchant and not yet paid out (negative: the merchant owes the platform) */
                            unpaid: number;
                            unpaid_entries: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge a merchant a fee in its own currency (operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description minor units of the merchant currency */
                        amount: number;
                        /** @description merchant id */
                        merchant_id: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description signed minor units of the merchant currency: sale +, commission −, refund −, commission_reversal +, fee −, payout − */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description ISO 4217 code */
                            currency: string;
                            fx_rate: string | null;
                            /** @description ledgerEntry id */
                            id: string;
                            /** @enum {string} */
                            kind: "sale" | "commission" | "refund" | "commission_reversal" | "fee" | "payout";
                            merchant_id: string;
                            note: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            order_id: string | null;
                            order_line_id: string | null;
                            payout_id: string | null;
                            quantity: number | null;
                            rate_bp: number | null;
                            refund_id: string | null;
                            source_amount: number | null;
                            source_currency: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A merchant’s statement for a range of days, JSON or CSV (merchant: own; operator: merchant_id)
         * @description Days are Asia/Shanghai days, from and to inclusive, at most 732; entries go by when they were booked. opening_balance + the sum of entries = closing_balance, to the cent. CSV columns: row, booked_at, entry_id, kind, order_number, order_id, order_line_id, refund_id, payout_id, quantity, source_amount, source_currency, fx_rate, rate_bp, amount, currency, note; rows opening_balance, entry…, total (one per kind), closing_balance; amounts as decimals.
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    from: string;
                    /** @description merchant id */
                    merchant_id?: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The statement (JSON), or as CSV with format=csv (RFC 4180, UTF-8, CRLF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description opening_balance + the sum of entries */
                            closing_balance: number;
                            /** @description ISO 4217 code */
                            currency: string;
                            entries: {
                                /** @description signed minor units of the merchant currency: sale +, commission −, refund −, commission_reversal +, fee −, payout − */
                                amount: number;
                                /** Format: date-time */
                                booked_at: string;
                                fx_rate: string | null;
                                /** @description ledgerEntry id */
                                id: string;
                                /** @enum {string} */
                                kind: "sale" | "commission" | "refund" | "commission_reversal" | "fee" | "payout";
                                note: string | null;
                                /** Format: date-time */
                                occurred_at: string;
                                order_id: string | null;
                                order_line_id: string | null;
                                order_number: number | null;
                                payout_id: string | null;
                                quantity: number | null;
                                rate_bp: number | null;
                                refund_id: string | null;
                                source_amount: number | null;
                                source_currency: string | null;
                            }[];
                            /** Format: date */
                            from: string;
                            merchant_id: string;
                            opening_balance: number;
                            time_zone: string;
                            /** Format: date */
                            to: string;
                            totals: {
                                commission: number;
                                commission_reversal: number;
                                fee: number;
                                payout: number;
                                refund: number;
                                sale: number;
                            };
                        };
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a shipment to delivered (and the order with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description shipment id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/pick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a shipment to picking (and the order with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description shipment id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a shipment to ready_for_pickup (and the order with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description shipment id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a shipment to shipped (and the order with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description shipment id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tracking_number?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock levels (merchant: own variants; store staff: own store; operator: all) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description location id */
                    location_id?: string;
                    /** @description variant id */
                    variant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                /** @description On hand but not sellable: units of expired, blocked or recalled lots */
                                blocked: number;
                                location_id: string;
                                merchant_id: string;
                                on_hand: number;
                                reserved: number;
                                /** Format: date-time */
                                updated_at: string;
                                variant_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on-hand stock by a signed quantity with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        delta: number;
                        /** @description location id */
                        location_id: string;
                        /** @description Lot (GS1 AI 10) */
                        lot_code?: string;
                        note: string;
                        /** @description variant id */
                        variant_id: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            location_id: string;
                            on_hand: number;
                            reserved: number;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every level from the ledger and list differences (expected: none) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            level_mismatches: unknown[];
                            lot_mismatches: unknown[];
                            ok: boolean;
                            reservation_mismatches: unknown[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a stock count; differences from the ledger are posted as corrections */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            counted: number;
                            /** @description Lot (GS1 AI 10) */
                            lot_code?: string;
                            /** @description variant id */
                            variant_id: string;
                        }[];
                        /** @description location id */
                        location_id: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lines: {
                                counted: number;
                                difference: number;
                                expected: number;
                                lot_code?: string;
                                variant_id: string;
                            }[];
                            location_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description location id */
                    location_id?: string;
                    reason?: "receipt" | "sale" | "return" | "transfer_out" | "transfer_in" | "adjustment" | "count_correction" | "reservation" | "release" | "expiry" | "lot_expired" | "lot_blocked" | "lot_released" | "recall";
                    /** @description variant id */
                    variant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor_id: string | null;
                                blocked_delta: number;
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                location_id: string;
                                lot_id: string | null;
                                merchant_id: string;
                                note: string | null;
                                on_hand_delta: number;
                                origin_id: string | null;
                                reason: string;
                                reference_id: string | null;
                                reference_type: string | null;
                                reserved_delta: number;
                                variant_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive stock into a location (one ledger row per line, all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            lot?: {
                                /** Format: date */
                                best_before?: string;
                                /** @description Lot (GS1 AI 10) */
                                code: string;
                                /** Format: date */
                                production_date?: string;
                                /** Format: date */
                                use_by?: string;
                            };
                            quantity: number;
                            /** @description variant id */
                            variant_id: string;
                        }[];
                        /** @description location id */
                        location_id: string;
                        note?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: {
                                location_id: string;
                                on_hand: number;
                                reserved: number;
                                variant_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals waiting for a decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                appeal_decided_at: string | null;
                                appeal_decided_by: string | null;
                                appeal_reason: string | null;
                                appeal_statement: string | null;
                                appeal_status: ("pending" | "granted" | "denied") | null;
                                appealed_at: string | null;
                                id: string;
                                merchant_id: string;
                                strikes: number;
                                /** Format: date-time */
                                suspended_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A merchant suspended for strikes appeals (once per suspension) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        statement: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal_decided_at: string | null;
                            appeal_decided_by: string | null;
                            appeal_reason: string | null;
                            appeal_statement: string | null;
                            appeal_status: ("pending" | "granted" | "denied") | null;
                            appealed_at: string | null;
                            id: string;
                            merchant_id: string;
                            strikes: number;
                            /** Format: date-time */
                            suspended_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant (strikes voided, merchant reinstated) or deny an appeal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grant: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal_decided_at: string | null;
                            appeal_decided_by: string | null;
                            appeal_reason: string | null;
                            appeal_statement: string | null;
                            appeal_status: ("pending" | "granted" | "denied") | null;
                            appealed_at: string | null;
                            id: string;
                            merchant_id: string;
                            strikes: number;
                            /** Format: date-time */
                            suspended_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices: operators all; a merchant those it filed or received (role=filed|received) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    role?: "filed" | "received";
                    status?: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                actioned_at: string;
                                counter_evidence_urls: string[] | null;
                                counter_statement: string | null;
                                countered_at: string | null;
                                created_by: string | null;
                                decided_at: string | null;
                                decided_by: string | null;
                                decision_reason: string | null;
                                evidence_urls: string[];
                                id: string;
                                kind: "counterfeit" | "trademark" | "copyright" | "design";
                                /** @description the listing as it was when the notice was filed */
                                listing: {
                                    price: {
                                        amount: number;
                                        currency: string;
                                    } | null;
                                    title_en: string | null;
                                    title_zh: string | null;
                                };
                                listing_merchant_id: string;
                                notifier_merchant_id: string;
                                product_id: string;
                                /** Format: date-time */
                                received_at: string;
                                registration_id: string;
                                statement: string;
                                status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** File a notice against a listing as the owner of an active brand registration: the listing comes down at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence_urls: string[];
                        kind: "counterfeit" | "trademark" | "copyright" | "design";
                        product_id: string;
                        registration_id: string;
                        statement: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            actioned_at: string;
                            counter_evidence_urls: string[] | null;
                            counter_statement: string | null;
                            countered_at: string | null;
                            created_by: string | null;
                            decided_at: string | null;
                            decided_by: string | null;
                            decision_reason: string | null;
                            evidence_urls: string[];
                            history: {
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("actioned" | "countered" | "upheld" | "reinstated" | "withdrawn") | null;
                                note: string | null;
                                to_status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            id: string;
                            kind: "counterfeit" | "trademark" | "copyright" | "design";
                            /** @description the listing as it was when the notice was filed */
                            listing: {
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                title_en: string | null;
                                title_zh: string | null;
                            };
                            listing_merchant_id: string;
                            notifier_merchant_id: string;
                            product_id: string;
                            /** Format: date-time */
                            received_at: string;
                            registration_id: string;
                            statement: string;
                            status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice with every step and its time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description notice id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            actioned_at: string;
                            counter_evidence_urls: string[] | null;
                            counter_statement: string | null;
                            countered_at: string | null;
                            created_by: string | null;
                            decided_at: string | null;
                            decided_by: string | null;
                            decision_reason: string | null;
                            evidence_urls: string[];
                            history: {
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("actioned" | "countered" | "upheld" | "reinstated" | "withdrawn") | null;
                                note: string | null;
                                to_status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            id: string;
                            kind: "counterfeit" | "trademark" | "copyright" | "design";
                            /** @description the listing as it was when the notice was filed */
                            listing: {
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                title_en: string | null;
                                title_zh: string | null;
                            };
                            listing_merchant_id: string;
                            notifier_merchant_id: string;
                            product_id: string;
                            /** Format: date-time */
                            received_at: string;
                            registration_id: string;
                            statement: string;
                            status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/notices/{id}/counter-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The listing's merchant answers with a counter-notice and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description notice id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence_urls: string[];
                        statement: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            actioned_at: string;
                            counter_evidence_urls: string[] | null;
                            counter_statement: string | null;
                            countered_at: string | null;
                            created_by: string | null;
                            decided_at: string | null;
                            decided_by: string | null;
                            decision_reason: string | null;
                            evidence_urls: string[];
                            history: {
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("actioned" | "countered" | "upheld" | "reinstated" | "withdrawn") | null;
                                note: string | null;
                                to_status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            id: string;
                            kind: "counterfeit" | "trademark" | "copyright" | "design";
                            /** @description the listing as it was when the notice was filed */
                            listing: {
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                title_en: string | null;
                                title_zh: string | null;
                            };
                            listing_merchant_id: string;
                            notifier_merchant_id: string;
                            product_id: string;
                            /** Format: date-time */
                            received_at: string;
                            registration_id: string;
                            statement: string;
                            status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/notices/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold (a strike; suspension at the limit) or reinstate the listing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description notice id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decision: "uphold" | "reinstate";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            actioned_at: string;
                            counter_evidence_urls: string[] | null;
                            counter_statement: string | null;
                            countered_at: string | null;
                            created_by: string | null;
                            decided_at: string | null;
                            decided_by: string | null;
                            decision_reason: string | null;
                            evidence_urls: string[];
                            history: {
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("actioned" | "countered" | "upheld" | "reinstated" | "withdrawn") | null;
                                note: string | null;
                                to_status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            id: string;
                            kind: "counterfeit" | "trademark" | "copyright" | "design";
                            /** @description the listing as it was when the notice was filed */
                            listing: {
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                title_en: string | null;
                                title_zh: string | null;
                            };
                            listing_merchant_id: string;
                            notifier_merchant_id: string;
                            product_id: string;
                            /** Format: date-time */
                            received_at: string;
                            registration_id: string;
                            statement: string;
                            status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The brand owner withdraws its notice; the listing goes back up unless another notice keeps it down */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description notice id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            actioned_at: string;
                            counter_evidence_urls: string[] | null;
                            counter_statement: string | null;
                            countered_at: string | null;
                            created_by: string | null;
                            decided_at: string | null;
                            decided_by: string | null;
                            decision_reason: string | null;
                            evidence_urls: string[];
                            history: {
                                /** Format: date-time */
                                created_at: string;
                                from_status: ("actioned" | "countered" | "upheld" | "reinstated" | "withdrawn") | null;
                                note: string | null;
                                to_status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                            }[];
                            id: string;
                            kind: "counterfeit" | "trademark" | "copyright" | "design";
                            /** @description the listing as it was when the notice was filed */
                            listing: {
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                title_en: string | null;
                                title_zh: string | null;
                            };
                            listing_merchant_id: string;
                            notifier_merchant_id: string;
                            product_id: string;
                            /** Format: date-time */
                            received_at: string;
                            registration_id: string;
                            statement: string;
                            status: "actioned" | "countered" | "upheld" | "reinstated" | "withdrawn";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/takedowns/strikes/{merchant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's strikes, which count now, the policy and its suspensions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    merchant_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counting: number;
                            limit: number;
                            merchant_id: string;
                            strikes: {
                                counts: boolean;
                                id: string;
                                merchant_id: string;
                                notice_id: string;
                                /** Format: date-time */
                                struck_at: string;
                                voided_at: string | null;
                                voided_reason: string | null;
                            }[];
                            suspensions: {
                                appeal_decided_at: string | null;
                                appeal_decided_by: string | null;
                                appeal_reason: string | null;
                                appeal_statement: string | null;
                                appeal_status: ("pending" | "granted" | "denied") | null;
                                appealed_at: string | null;
                                id: string;
                                merchant_id: string;
                                strikes: number;
                                /** Format: date-time */
                                suspended_at: string;
                            }[];
                            window_months: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/till/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sell at a store till (lines by variant id, scanned GTIN or scanned GS1 symbol with its lot); idempotent by client_sale_id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        client_sale_id: string;
                        lines: {
                            /** @description A scanned GS1 symbol (element string, bracketed or with FNC1 as GS, or a Digital Link URI); its AI 10 is the lot sold */
                            gs1?: string;
                            gtin?: string;
                            /** @description Lot (GS1 AI 10) */
                            lot_code?: string;
                            quantity: number;
                            /** @description variant id */
                            variant_id?: string;
                        }[];
                        /** @description location id */
                        location_id?: string;
                        payment: {
                            method: "card" | "cash";
                            token?: string;
                        };
                        /** Format: date-time */
                        sold_at?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyer_id_masked: string | null;
                            buyer_name: string | null;
                            channel_id: string;
                            channel_kind: string;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            customer_id: string | null;
                            customs_regime: string | null;
                            delivery_address: {
                                [key: string]: unknown;
                            } | null;
                            events: {
                                actor_id: string | null;
                                /** Format: date-time */
                                created_at: string;
                                from_status: string | null;
                                note: string | null;
                                to_status: string;
                            }[];
                            /** @description Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none */
                            flags: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description orderFlag id */
                                id: string;
                                /** @enum {string} */
                                kind: "recall";
                                note: string | null;
                                quantity: number | null;
                                /** @description what raised it (for a recall: the recall id) */
                                reference_id: string;
                                subject_id: string | null;
                            }[];
                            guest_email: string | null;
                            /** @description order id */
                            id: string;
                            lines: {
                                currency: string;
                                /** @description domestic, cbec or general_trade */
                                customs_regime: string;
                                /** @description this line’s share of its shipment’s freight (part of the taxable value) */
                                freight_amount: number;
                                fulfilment: string;
                                fx_rate: string | null;
                                fx_rate_id: string | null;
                                hs_code: string | null;
                                id: string;
                                list_currency: string | null;
                                list_unit_price_amount: number | null;
                                location_id: string;
                                merchant_id: string;
                                order_id: string;
                                /** @description list, converted (at fx_rate with the price rule) or override (the merchant’s own price) */
                                price_source: string;
                                quantity: number;
                                returned_quantity: number;
                                shipment_id: string;
                                sku: string;
                                tax_amount: number;
                                title_en: string;
                                title_zh: string;
                                unit_price_amount: number;
                                variant_id: string;
                            }[];
                            number: number;
                            payments: {
                                amount: number;
                                captured_amount: number;
                                currency: string;
                                id: string;
                                provider: string;
                                refunded_amount: number;
                                status: string;
                            }[];
                            pickup_code: string | null;
                            refunded_amount: number;
                            shipments: {
                                /** Format: date-time */
                                created_at: string;
                                freight_amount: number;
                                /** @description domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US) */
                                fulfilment_mode: string;
                                id: string;
                                kind: string;
                                location_id: string;
                                order_id: string;
                                status: string;
                                tracking_number: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            shipping_amount: number;
                            /** @enum {string} */
                            status: "placed" | "paid" | "allocated" | "picking" | "shipped" | "ready_for_pickup" | "delivered" | "collected" | "cancelled" | "partly_refunded" | "refunded";
                            store_location_id: string | null;
                            subtotal_amount: number;
                            /** @description import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price) */
                            tax_amount: number;
                            tax_lines: {
                                amount: number;
                                base_amount: number;
                                currency: string;
                                /** @description true: already inside the price (domestic VAT), shown for information; false: charged on top */
                                included: boolean;
                                kind: "tariff" | "consumption_tax" | "vat";
                                order_line_id: string;
                                /** @description effective rate in basis points (910 = 9.1 %) */
                                rate_bp: number;
                                /** @description stable code of the rule that produced it */
                                rule: string;
                                rule_text: string;
                            }[];
                            total_amount: number;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/till/sales/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sync sales queued while the till was offline; each is created, found duplicate, or failed with a code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sales: {
                            client_sale_id: string;
                            lines: {
                                /** @description A scanned GS1 symbol (element string, bracketed or with FNC1 as GS, or a Digital Link URI); its AI 10 is the lot sold */
                                gs1?: string;
                                gtin?: string;
                                /** @description Lot (GS1 AI 10) */
                                lot_code?: string;
                                quantity: number;
                                /** @description variant id */
                                variant_id?: string;
                            }[];
                            /** @description location id */
                            location_id?: string;
                            payment: {
                                method: "card" | "cash";
                                token?: string;
                            };
                            /** Format: date-time */
                            sold_at?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                client_sale_id: string;
                                error: {
                                    code: string;
                                    detail: string;
                                } | null;
                                order_id: string | null;
                                status: "created" | "duplicate" | "failed";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers the caller may see, newest first (store staff: to or from their store; merchant: only their variants) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description location id */
                    from_location_id?: string;
                    limit?: number;
                    /** @description location id */
                    location_id?: string;
                    status?: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                    /** @description location id */
                    to_location_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cancelled_at: string | null;
                                cancelled_by: string | null;
                                close_note: string | null;
                                closed_at: string | null;
                                closed_by: string | null;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                dispatched_at: string | null;
                                dispatched_by: string | null;
                                from_location_id: string;
                                /** @description transfer id */
                                id: string;
                                lines: {
                                    /** @description transferLine id */
                                    id: string;
                                    /** @description sent − received while the transfer is on the road; 0 once final */
                                    in_transit: number;
                                    /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                    lots?: {
                                        code: string;
                                        expiry: string | null;
                                        lot_id: string;
                                        received: number;
                                        sent: number;
                                    }[];
                                    merchant_id: string;
                                    quantity_received: number;
                                    quantity_sent: number;
                                    sku: string;
                                    variant_id: string;
                                }[];
                                merchant_id: string | null;
                                note: string | null;
                                received_at: string | null;
                                received_by: string | null;
                                status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                                to_location_id: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft transfer between two locations (store staff: from their store; merchant: own variants) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description location id */
                        from_location_id: string;
                        lines: {
                            quantity: number;
                            /** @description variant id */
                            variant_id: string;
                        }[];
                        note?: string;
                        /** @description location id */
                        to_location_id: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transfer with its lines, receipts and discrepancies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description transfer id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description transfer id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a transfer still in transit; units never received are recorded as short discrepancies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description transfer id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispatch a draft: all lines leave the source stock at once, or none if any is short (409 insufficient_stock) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description transfer id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record units arriving at the destination (partial receipts accumulate; excess is an over discrepancy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description transfer id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            quantity: number;
                            /** @description variant id */
                            variant_id: string;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled_at: string | null;
                            cancelled_by: string | null;
                            close_note: string | null;
                            closed_at: string | null;
                            closed_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            discrepancies: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description discrepancy id */
                                id: string;
                                kind: "short" | "over";
                                note: string | null;
                                quantity: number;
                                receipt_number: number | null;
                                recorded_by: string | null;
                                variant_id: string;
                            }[];
                            dispatched_at: string | null;
                            dispatched_by: string | null;
                            from_location_id: string;
                            /** @description transfer id */
                            id: string;
                            lines: {
                                /** @description transferLine id */
                                id: string;
                                /** @description sent − received while the transfer is on the road; 0 once final */
                                in_transit: number;
                                /** @description For lot-tracked goods (in the transfer detail): units of each lot sent and received */
                                lots?: {
                                    code: string;
                                    expiry: string | null;
                                    lot_id: string;
                                    received: number;
                                    sent: number;
                                }[];
                                merchant_id: string;
                                quantity_received: number;
                                quantity_sent: number;
                                sku: string;
                                variant_id: string;
                            }[];
                            merchant_id: string | null;
                            note: string | null;
                            receipts: {
                                lines: {
                                    quantity: number;
                                    variant_id: string;
                                }[];
                                note: string | null;
                                number: number;
                                /** Format: date-time */
                                received_at: string;
                                received_by: string | null;
                            }[];
                            received_at: string | null;
                            received_by: string | null;
                            status: "draft" | "in_transit" | "partially_received" | "received" | "cancelled";
                            to_location_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transparency/takedowns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarterly transparency report of notice and takedown (JSON, or CSV with format=csv) */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description e.g. 2026-Q4 */
                    quarter: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counter_notices: number;
                            /** Format: date-time */
                            from: string;
                            listings_removed: number;
                            median_hours_to_action: number | null;
                            merchants_suspended: number;
                            notices_by_kind: {
                                copyright: number;
                                counterfeit: number;
                                design: number;
                                trademark: number;
                            };
                            notices_received: number;
                            notices_upheld: number;
                            notices_withdrawn: number;
                            quarter: string;
                            reinstatements: number;
                            /** Format: date-time */
                            to: string;
                        };
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One code's QR image (SVG, or PNG with format=png) */
        get: {
            parameters: {
                query?: {
                    format?: "svg" | "png";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                        "image/svg+xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/{id}/sale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record where and when the unit was sold (a scan after that in another city is suspicious) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city: string;
                        /** Format: date-time */
                        sold_at: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One code's scans, newest first: when, coarse place, device hash, result */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                city: string | null;
                                device_hash: string | null;
                                findings: ({
                                    code: string;
                                    detail: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                id: string;
                                lat: number | null;
                                lon: number | null;
                                radius_km: number | null;
                                result: "genuine" | "unknown" | "suspicious";
                                /** Format: date-time */
                                scanned_at: string;
                                signature_ok: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant's code batches, newest first */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                /** Format: date-time */
                                created_at: string;
                                expiry: string | null;
                                gtin: string;
                                id: string;
                                lot: string | null;
                                /** @description codes with a recorded sale */
                                sold: number;
                                /** @description codes marked suspicious by the clone rules */
                                suspicious: number;
                                variant_id: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Generate signed codes for units of a variant with a GTIN (random unique serials) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                        expiry?: string | null;
                        lot?: string | null;
                        variant_id: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch_id: string;
                            count: number;
                            expiry: string | null;
                            gtin: string;
                            key_id: string;
                            lot: string | null;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/batches/{id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a batch's codes with their signed URIs, status and scan counts */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expiry: string | null;
                                gtin: string;
                                id: string;
                                lot: string | null;
                                scans: number;
                                serial: string;
                                sold_at: string | null;
                                sold_city: string | null;
                                status: "genuine" | "suspicious" | "void";
                                /** @description the signed GS1 Digital Link URI to print */
                                uri: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/batches/{id}/codes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch as CSV: gtin,serial,lot,expiry,uri (signed Digital Link URIs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant's signing keys (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                retired_at: string | null;
                                state: "signing" | "verifying" | "retired";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/keys/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a key: the codes it signed no longer verify */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            id: string;
                            retired_at: string | null;
                            state: "signing" | "verifying" | "retired";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unit-codes/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new key signs new codes from now; older keys verify theirs until retired */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts (operator: all; merchant owner: own) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    role?: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                display_name: string;
                                email: string;
                                /** @description user id */
                                id: string;
                                locale: string;
                                location_id: string | null;
                                merchant_id: string | null;
                                merchant_role: ("owner" | "staff") | null;
                                role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff account (operator: any; merchant owner: own staff and brand owners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        display_name: string;
                        /** Format: email */
                        email: string;
                        locale?: "en" | "zh-CN";
                        /** @description location id */
                        location_id?: string;
                        /** @description merchant id */
                        merchant_id?: string;
                        merchant_role?: "owner" | "staff";
                        password: string;
                        role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            display_name: string;
                            email: string;
                            /** @description user id */
                            id: string;
                            locale: string;
                            location_id: string | null;
                            merchant_id: string | null;
                            merchant_role: ("owner" | "staff") | null;
                            role: "operator" | "merchant" | "brand_owner" | "store_staff" | "consumer";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a variant up by GTIN (8, 12, 13 or 14 digits): zero or one item */
        get: {
            parameters: {
                query: {
                    /** @description ISO 4217 sale currency of sale_price (default CNY) */
                    currency?: string;
                    /** @description GTIN-8, -12, -13 or -14 digits, check digit verified; stored as 14 digits */
                    gtin: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                gtin: string | null;
                                /** @description variant id */
                                id: string;
                                /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                                lot_tracked: boolean;
                                merchant_id: string;
                                option_values: {
                                    [key: string]: string;
                                };
                                price: {
                                    /** @description minor units (cents, fen) */
                                    amount: number;
                                    /** @description ISO 4217 code */
                                    currency: string;
                                };
                                product_id: string;
                                sale_price: {
                                    /** @description minor units of the sale currency */
                                    amount: number;
                                    currency: string;
                                    /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                    source: "list" | "converted" | "override";
                                } | null;
                                sku: string;
                                status: "active" | "archived";
                                /** Format: date-time */
                                updated_at: string;
                                weight_g: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/variants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variant (visible as its product is) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 4217 sale currency of sale_price (default CNY) */
                    currency?: string;
                };
                header?: never;
                path: {
                    /** @description variant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            gtin: string | null;
                            /** @description variant id */
                            id: string;
                            /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                            lot_tracked: boolean;
                            merchant_id: string;
                            option_values: {
                                [key: string]: string;
                            };
                            price: {
                                /** @description minor units (cents, fen) */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                            };
                            product_id: string;
                            sale_price: {
                                /** @description minor units of the sale currency */
                                amount: number;
                                currency: string;
                                /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                source: "list" | "converted" | "override";
                            } | null;
                            sku: string;
                            status: "active" | "archived";
                            /** Format: date-time */
                            updated_at: string;
                            weight_g: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a variant's price, weight, GTIN (null removes it) or status
         * @description lot_tracked is fixed at creation: sending a different value is refused with 409 lot_tracking_fixed.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description variant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gtin?: string | null;
                        /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                        lot_tracked?: boolean;
                        price?: {
                            /** @description minor units (cents, fen) */
                            amount: number;
                            /** @description ISO 4217 code */
                            currency: string;
                        };
                        status?: "active" | "archived";
                        /** @description grams */
                        weight_g?: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            gtin: string | null;
                            /** @description variant id */
                            id: string;
                            /** @description Stock is received and sold by lot (with dates); fixed when the variant is created */
                            lot_tracked: boolean;
                            merchant_id: string;
                            option_values: {
                                [key: string]: string;
                            };
                            price: {
                                /** @description minor units (cents, fen) */
                                amount: number;
                                /** @description ISO 4217 code */
                                currency: string;
                            };
                            product_id: string;
                            sale_price: {
                                /** @description minor units of the sale currency */
                                amount: number;
                                currency: string;
                                /** @description list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price */
                                source: "list" | "converted" | "override";
                            } | null;
                            sku: string;
                            status: "active" | "archived";
                            /** Format: date-time */
                            updated_at: string;
                            weight_g: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/variants/{id}/sale-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A variant's own consumer prices, one per sale currency (its merchant, operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description variant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description minor units (fen, cents) */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                /** @description salePrice id */
                                id: string;
                                merchant_id: string;
                                /** Format: date-time */
                                updated_at: string;
                                variant_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/variants/{id}/sale-prices/{currency}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a variant's own consumer price in a sale currency; it beats the converted price (its merchant, operator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 4217 code */
                    currency: string;
                    /** @description variant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description minor units (cents, fen) */
                        amount: number;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description minor units (fen, cents) */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** @description salePrice id */
                            id: string;
                            merchant_id: string;
                            /** Format: date-time */
                            updated_at: string;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a variant's own consumer price; the converted price applies again. Answers the price removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 4217 code */
                    currency: string;
                    /** @description variant id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description minor units (fen, cents) */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** @description salePrice id */
                            id: string;
                            merchant_id: string;
                            /** Format: date-time */
                            updated_at: string;
                            variant_id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints, newest first (merchants: their own; operators: all, or one merchant’s) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                description: string | null;
                                /** @description Types it receives; empty: every type */
                                event_types: string[];
                                /** @description webhookEndpoint id */
                                id: string;
                                merchant_id: string;
                                secret_rotated_at: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                url: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a webhook endpoint for your merchant; the answer carries its signing secret, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        description?: string;
                        event_types?: string[];
                        /** @description https:// (or http://) URL that receives POSTs */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string | null;
                            /** @description Types it receives; empty: every type */
                            event_types: string[];
                            /** @description webhookEndpoint id */
                            id: string;
                            merchant_id: string;
                            /** @description Signs every delivery (HMAC-SHA256). Shown only now: store it. */
                            secret: string;
                            secret_rotated_at: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint (never its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string | null;
                            /** @description Types it receives; empty: every type */
                            event_types: string[];
                            /** @description webhookEndpoint id */
                            id: string;
                            merchant_id: string;
                            secret_rotated_at: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook endpoint’s URL, description, event types or active flag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        description?: string | null;
                        event_types?: string[];
                        /** @description https:// (or http://) URL that receives POSTs */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string | null;
                            /** @description Types it receives; empty: every type */
                            event_types: string[];
                            /** @description webhookEndpoint id */
                            id: string;
                            merchant_id: string;
                            secret_rotated_at: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            url: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s delivery log, newest first: status, every attempt (status code, error, duration) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "delivered" | "dead";
                };
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempt_log: {
                                    /** Format: date-time */
                                    attempted_at: string;
                                    duration_ms: number;
                                    error: string | null;
                                    status_code: number | null;
                                }[];
                                /** @description Attempts in the current round (a replay starts a new one) */
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                dead_at: string | null;
                                delivered_at: string | null;
                                endpoint_id: string;
                                /** @description The event’s id (position in the stream) */
                                event_id: string;
                                event_position: number;
                                event_type: string;
                                /** @description webhookDelivery id */
                                id: string;
                                last_error: string | null;
                                last_status_code: number | null;
                                merchant_id: string;
                                /** Format: date-time */
                                next_attempt_at: string;
                                origin: "fanout" | "replay";
                                status: "pending" | "delivered" | "dead";
                                subject_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send: dead deliveries by id, or every event after an event id (resume)
         * @description `delivery_ids`: dead deliveries of this endpoint get a fresh round of attempts. `after_event_id`: a new delivery of every kept event after it (this endpoint’s merchant and types), up to 10,000 per call; when `more` is true, call again with `last_event_id`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An event id */
                        after_event_id?: string;
                        delivery_ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            last_event_id: string | null;
                            more: boolean;
                            queued: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret (the old one stops at once); the answer carries the new one, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description webhookEndpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string | null;
                            /** @description Types it receives; empty: every type */
                            event_types: string[];
                            /** @description webhookEndpoint id */
                            id: string;
                            merchant_id: string;
                            /** @description Signs every delivery (HMAC-SHA256). Shown only now: store it. */
                            secret: string;
                            secret_rotated_at: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries that failed every attempt, newest first, with their attempts (replay them per endpoint) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description merchant id */
                    merchant_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem document (application/problem+json) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem document (application/problem+json) */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempt_log: {
                                    /** Format: date-time */
                                    attempted_at: string;
                                    duration_ms: number;
                                    error: string | null;
                                    status_code: number | null;
                                }[];
                                /** @description Attempts in the current round (a replay starts a new one) */
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                dead_at: string | null;
                                delivered_at: string | null;
                                endpoint_id: string;
                                /** @description The event’s id (position in the stream) */
                                event_id: string;
                                event_position: number;
                                event_type: string;
                                /** @description webhookDelivery id */
                                id: string;
                                last_error: string | null;
                                last_status_code: number | null;
                                merchant_id: string;
                                /** Format: date-time */
                                next_attempt_at: string;
                                origin: "fanout" | "replay";
                                status: "pending" | "delivered" | "dead";
                                subject_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcis/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture an EPCIS 2.0 document (EPCISDocument with an eventList); answered 202 with the capture job
         * @description Validated against our EPCIS 2.0 JSON Schema: invalid documents are refused whole (400 epcis_invalid with the validator messages). Processed within the request: receiving/shipping events about own GTINs at known locations move stock, all or nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description EPCISDocument (application/json or application/ld+json) */
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcis/capture/{captureID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A capture job: running, success and errors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    captureID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcis/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0 events: captured ones and the ledger read as events, in eventTime order
         * @description Query parameters of the EPCIS 2.0 REST binding: eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition (bare CBV word or full URI), EQ_bizLocation, EQ_readPoint, MATCH_epc, MATCH_epcClass, MATCH_anyEPCClass, EQ_eventID, perPage, nextPageToken. Several values: repeat the parameter or separate with "|".
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Problem (RFC 9457) */
        Problem: {
            /** @description stable machine-readable reason */
            code: string;
            detail: string;
            instance?: string;
            request_id: string;
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

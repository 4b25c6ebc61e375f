export declare const TEST_APP_URL: string;
export declare const HERMETIC_TEST_ENV: { APP_URL: string; PORT: string; DATABASE_URL: string };

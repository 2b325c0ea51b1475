/**
 * Money as the whole helpdesk writes it (the server's Money\Money too): the number in the page's
 * language with two decimals, then the currency code, e.g. "350.00 EUR", "12.345,50 EUR".
 *
 * @param amount   Amount in currency units.
 * @param currency ISO 4217 code.
 */
export function formatMoney( amount: number, currency: string ): string {
	return `${ amount.toLocaleString(
		document.documentElement.lang || undefined,
		{
			minimumFractionDigits: 2,
			maximumFractionDigits: 2,
		}
	) } ${ currency.toUpperCase() }`;
}

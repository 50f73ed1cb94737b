import QRCode from 'qrcode'

/** A QR code drawn on the server as SVG (no script, no remote service). */
export async function QrCode({
  value,
  label,
  size = 220,
}: {
  value: string
  label: string
  size?: number
}) {
  const svg = await QRCode.toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

  return (
    <img src={src} alt={label} width={size} height={size} className="qr" data-testid="qr-code" />
  )
}

// The reader site and the admin panel each render their own <html>, in their own language.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
